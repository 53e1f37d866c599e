/**
 * After `npm run build`: installs the tarball `npm pack` makes, as a host app would get it from the
 * registry, and uses it through its public specifiers only: the classifier, the React entry
 * rendered on a server, a locale loaded on demand, the JSON locale files, the stylesheet and the
 * `capture-feedback` bin. publint and attw check the package's metadata; this checks that what it
 * ships runs (a file left out of `files`, a chunk that imports a devDependency, a broken bin).
 *
 * The tarball is unpacked under `node_modules/.pack-check/`, so its peer dependencies (React,
 * i18next) resolve to the project's own copies: nothing is downloaded.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './i18n-lib';

const host = join(root, 'node_modules', '.pack-check');
const installed = join(host, 'node_modules', 'capture-feedback');
const packDir = mkdtempSync(join(tmpdir(), 'capture-feedback-pack-'));

// What a host app runs: public specifiers only, nothing from src/ or dist/ by path.
const smoke = String.raw`
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { classify } from 'capture-feedback/classifier';
import { CaptureFeedback, CaptureFeedbackProvider } from 'capture-feedback';
import { createCaptureFeedbackI18n, loadCaptureFeedbackLocale } from 'capture-feedback/i18n';
import { precheckFile } from 'capture-feedback/precheck';
import fr from 'capture-feedback/locales/fr' with { type: 'json' };
import frFile from 'capture-feedback/locales/fr.json' with { type: 'json' };

const body = {
  Response: {
    Error: { Code: 'FailedOperation.ActionFaceFar', Message: '<script>alert(1)</script> jane@example.com' },
    RequestId: 'ed93f3cb-f35e',
  },
};
assert.equal(classify(body)?.code, 'face.too_far');

const html = renderToString(h(CaptureFeedbackProvider, null, h(CaptureFeedback, { error: body })));
assert.match(html, /Your face is too far away/);
assert.match(html, /ed93f3cb-f35e/);
assert.doesNotMatch(html, /jane@example\.com|<script/);

const i18n = await createCaptureFeedbackI18n({ lng: 'fr' });
assert.deepEqual(await loadCaptureFeedbackLocale(i18n, 'fr'), ['fr', 'en']);
assert.equal(i18n.t('issues.face.too_far.title', { ns: 'capture-feedback' }), fr.issues.face.too_far.title);
assert.notEqual(fr.issues.face.too_far.title, 'Your face is too far away');
assert.deepEqual(frFile, fr);

assert.equal(typeof precheckFile, 'function');
assert.ok(existsSync(fileURLToPath(import.meta.resolve('capture-feedback/styles.css'))));
console.log('pack-check: the installed package works');
`;

try {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: root, encoding: 'utf8' }),
  ) as { filename: string }[];
  if (!packed) throw new Error('npm pack wrote nothing');
  rmSync(host, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(packDir, packed.filename), '-C', installed, '--strip-components=1']);
  writeFileSync(
    join(host, 'package.json'),
    '{ "name": "pack-check-host", "private": true, "type": "module" }\n',
  );
  writeFileSync(join(host, 'smoke.mjs'), smoke);
  process.stdout.write(execFileSync(process.execPath, ['smoke.mjs'], { cwd: host, encoding: 'utf8' }));

  // The bin, as `npx capture-feedback` runs it.
  const explained = JSON.parse(
    execFileSync(
      process.execPath,
      [join(installed, 'dist', 'cli.js'), 'explain', '5004', '--vendor', 'faceki'],
      {
        encoding: 'utf8',
      },
    ),
  ) as { issues: { code: string; text?: { title?: string } }[] };
  if (explained.issues[0]?.code !== 'liveness.failed' || !explained.issues[0]?.text?.title)
    throw new Error(`the packed bin explained 5004 as ${JSON.stringify(explained.issues[0])}`);
  console.log('pack-check: the packed bin explains a code');
} finally {
  rmSync(packDir, { recursive: true, force: true });
  rmSync(host, { recursive: true, force: true });
}
