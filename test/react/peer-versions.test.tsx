import i18next from 'i18next';
import { version as reactVersion } from 'react';
import { version as domVersion } from 'react-dom';
import { I18nextProvider } from 'react-i18next';
import { expect, it } from 'vitest';

// The `unit` project runs the React tests on the newest peers (package.json's devDependencies), the
// `oldest-peers` project on the oldest the peer ranges accept. A broken alias would silently test
// the newest twice, so each project checks what it actually loaded.
const major = (version: string) => version.split('.')[0];

it('runs on the peers the project promises', async () => {
  const { createRequire } = await import('node:module');
  const { resolve } = await import('node:path');
  const expected = process.env.EXPECTED_PEERS;
  const loaded = `react@${major(reactVersion)}`;
  expect(domVersion).toBe(reactVersion);
  expect(typeof I18nextProvider).toBe('function');
  if (expected) {
    // i18next has no version export: ask the copy the alias points at, and prove it is the one loaded.
    const [, i18nextMajor, reactI18nextMajor] = /i18next@(\d+) react-i18next@(\d+)/.exec(expected) ?? [];
    const require = createRequire(resolve(__dirname, '../oldest-peers/package.json'));
    expect(loaded).toBe(expected.split(' ')[0]);
    expect(major(require('i18next/package.json').version)).toBe(i18nextMajor);
    expect(major(require('react-i18next/package.json').version)).toBe(reactI18nextMajor);
    expect(i18next).toBe(require('i18next'));
  } else {
    expect(loaded).toBe('react@19');
  }
});
