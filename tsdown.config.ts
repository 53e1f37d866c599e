import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    classifier: 'src/classifier/index.ts',
    i18n: 'src/i18n/index.ts',
    precheck: 'src/precheck/index.ts',
    'precheck-worker': 'src/precheck/worker.ts',
    cli: 'src/cli.ts',
  },
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  clean: true,
  sourcemap: false,
  external: [/^react($|\/)/, /^react-dom($|\/)/, /^i18next$/, /^react-i18next$/, /^@radix-ui\//, /^node:/],
  copy: [{ from: 'src/styles.css', to: 'dist' }],
});
