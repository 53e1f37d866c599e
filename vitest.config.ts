import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const chromium = () =>
  playwright({
    // Debian's Chromium (apt install chromium). `||`, not `??`: an empty variable counts as unset.
    launchOptions: { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
  });

// The oldest peers the kit accepts (React 18, i18next 23.5, react-i18next 13.3), installed in
// test/oldest-peers by `npm run setup:oldest-peers`: the React, i18n and CLI tests run again on them.
const oldest = fileURLToPath(new URL('./test/oldest-peers/node_modules', import.meta.url));
// `npm test` installs them first; a bare `npx vitest` without them runs the other projects and says so.
const hasOldest = existsSync(`${oldest}/react`);
if (!hasOldest) console.warn('oldest-peers project skipped: run `npm run setup:oldest-peers` first');

// Each browser project needs its own instance name, or Vitest refuses to run them together.
const browser = (name: string) => ({
  enabled: true,
  headless: true,
  provider: chromium(),
  instances: [{ browser: 'chromium' as const, name }],
});

const oldestPeers: TestProjectInlineConfiguration = {
  extends: true,
  resolve: {
    alias: [
      // Testing Library's CommonJS build would `require` the root React 19: take its ES build.
      {
        find: /^@testing-library\/react$/,
        replacement: fileURLToPath(
          new URL(
            './node_modules/@testing-library/react/dist/@testing-library/react.esm.js',
            import.meta.url,
          ),
        ),
      },
      { find: /^react-dom(\/.*)?$/, replacement: `${oldest}/react-dom$1` },
      { find: /^react(\/.*)?$/, replacement: `${oldest}/react$1` },
      { find: /^i18next$/, replacement: `${oldest}/i18next` },
      { find: /^react-i18next$/, replacement: `${oldest}/react-i18next` },
    ],
  },
  test: {
    name: 'oldest-peers',
    environment: 'jsdom',
    env: { EXPECTED_PEERS: 'react@18 i18next@23 react-i18next@13' },
    include: ['test/react/**/*.test.tsx', 'test/i18n/**/*.test.ts', 'test/cli.test.ts'],
    exclude: ['test/**/*.browser.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    // Four projects share two cores in CI: 5 s is too tight for the heavier jsdom tests then.
    testTimeout: 20_000,
    // Through Vite, so that their `react` imports get the alias too (one React, not two).
    server: { deps: { inline: [/@testing-library\/react/, /@radix-ui\//, /react-i18next/] } },
  },
};

export default defineConfig({
  plugins: [react()],
  // Pre-bundled up front: a dependency discovered mid-run makes Vite reload the page and can load
  // a second copy of React.
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      'react-i18next',
      'i18next',
      '@radix-ui/react-toast',
      '@radix-ui/react-slot',
      '@testing-library/react',
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
          testTimeout: 20_000,
          benchmark: { include: ['test/**/*.bench.ts'] },
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      ...(hasOldest ? [oldestPeers] : []),
      {
        // Every Storybook story as a test in real Chromium, with axe (parameters.a11y.test = 'error').
        extends: true,
        plugins: [storybookTest({ configDir: fileURLToPath(new URL('./.storybook', import.meta.url)) })],
        test: {
          name: 'browser',
          browser: browser('browser (chromium)'),
          // Interaction stories wait out real countdowns and hint streams; a loaded CI machine is slow.
          testTimeout: 30_000,
        },
      },
      {
        // Plain tests that need a real browser (canvas, layout): `*.browser.test.ts(x)`.
        extends: true,
        test: {
          name: 'chromium',
          include: ['test/**/*.browser.test.{ts,tsx}'],
          browser: browser('chromium (real browser)'),
          testTimeout: 30_000,
        },
      },
    ],
  },
});
