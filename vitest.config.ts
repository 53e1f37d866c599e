import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const chromium = () =>
  playwright({
    // Debian's Chromium (apt install chromium). `||`, not `??`: an empty variable counts as unset.
    launchOptions: { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
  });

// Each browser project needs its own instance name, or Vitest refuses to run them together.
const browser = (name: string) => ({
  enabled: true,
  headless: true,
  provider: chromium(),
  instances: [{ browser: 'chromium' as const, name }],
});

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
          benchmark: { include: ['test/**/*.bench.ts'] },
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
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
