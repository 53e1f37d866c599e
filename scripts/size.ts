/**
 * `npm run size`: size-limit's budgets (it fails the build when one is exceeded), then the figures
 * the README states, checked against what was just measured, so that the README cannot drift from
 * the build it describes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Entry {
  readonly name: string;
  readonly passed: boolean;
  readonly size: number;
  readonly sizeLimit: number;
}

const root = join(import.meta.dirname, '..');
const run = spawnSync('npx', ['size-limit', '--json'], { cwd: root, encoding: 'utf8' });
let entries: Entry[];
try {
  entries = JSON.parse(run.stdout) as Entry[];
} catch {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} KB`;
const width = Math.max(...entries.map((e) => e.name.length));
for (const e of entries)
  console.log(
    `${e.passed ? 'ok  ' : 'OVER'}  ${e.name.padEnd(width)}  ${kb(e.size).padStart(9)}  limit ${kb(e.sizeLimit)}`,
  );

const problems = entries
  .filter((e) => !e.passed)
  .map((e) => `${e.name}: ${kb(e.size)} over ${kb(e.sizeLimit)}`);

// What the README says, per entry (the first number the pattern captures, in KB).
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const stated: readonly (readonly [entry: string, pattern: RegExp])[] = [
  ['classifier, all built-in vendors', /(\d+(?:\.\d+)?) KB with all five vendors/],
  ['classifier, one vendor', /createVendorClassifier\(\{ vendors: \[fern\] \}\)` is\s+(\d+(?:\.\d+)?) KB/],
  ['whole kit', /(\d+(?:\.\d+)?) KB with everything/],
  ['feedback panel only', /(\d+(?:\.\d+)?) KB for the panel alone/],
  ['i18n helpers + English', /(\d+(?:\.\d+)?) KB with English/],
  ['precheck (file', /\| (\d+(?:\.\d+)?) KB \(worker/],
  ['precheck worker', /\(worker (\d+(?:\.\d+)?) KB\)/],
];
for (const [prefix, pattern] of stated) {
  const entry = entries.find((e) => e.name.startsWith(prefix));
  const text = pattern.exec(readme)?.[1];
  if (!entry || !text) {
    problems.push(`README: no figure for "${prefix}" (${pattern})`);
    continue;
  }
  // Within the precision the README writes the figure with (34.6 KB: ±0.05, 3.97 KB: ±0.005).
  const decimals = text.split('.')[1]?.length ?? 0;
  const tolerance = 0.5 * 10 ** -decimals + 0.001;
  const measured = entry.size / 1000;
  if (Math.abs(Number(text) - measured) > tolerance)
    problems.push(`README says ${text} KB for "${entry.name}", measured ${measured.toFixed(2)} KB`);
}

if (problems.length) {
  console.error(`\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('\nsize: every budget holds, and the README states the measured figures');
