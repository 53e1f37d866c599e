/**
 * A throw-away copy of the localization scripts and locale files, so a test can run the real CLIs
 * (`i18n-xliff.ts import`, `i18n-check.ts`) against them, let them write, and look at exit codes,
 * messages and files without touching the repository.
 */
import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';

const repo = resolve(__dirname, '../..');

export interface Sandbox {
  readonly dir: string;
  /** Runs `scripts/<script>` of the copy with tsx. */
  run(script: string, ...args: string[]): SpawnSyncReturns<string>;
  read(path: string): string;
  write(path: string, text: string): string;
}

export function sandbox(): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'i18n-sandbox-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const path of ['scripts', 'locales', 'src/classifier/codes.ts'])
    cpSync(join(repo, path), join(dir, path), { recursive: true });
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  return {
    dir,
    run: (script, ...args) =>
      spawnSync(process.execPath, ['--import', 'tsx', join(dir, 'scripts', script), ...args], {
        cwd: dir,
        encoding: 'utf8',
      }),
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    write: (path, text) => {
      writeFileSync(join(dir, path), text);
      return join(dir, path);
    },
  };
}
