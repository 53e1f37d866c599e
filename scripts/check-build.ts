/**
 * After `npm run build`: proves that only the chosen locale is downloaded at run time. Every
 * shipped locale must be its own chunk, reached only through a dynamic `import()`, and no entry
 * point's static import graph may contain another locale's strings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest, root } from './i18n-lib';

const dist = join(root, 'dist');
const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
const read = (file: string) => readFileSync(join(dist, file), 'utf8');

/** The files an entry loads before any dynamic import: itself and its static imports, transitively. */
function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = read(entry);
  for (const [, spec] of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*["']\.\/([^"']+)["']/g)) {
    if (spec) staticGraph(spec, seen);
  }
  for (const [, spec] of text.matchAll(/(?:^|\n)\s*import\s*["']\.\/([^"']+)["']/g))
    if (spec) staticGraph(spec, seen);
  return seen;
}

const manifest = readManifest();
const problems: string[] = [];
// A string unique to each locale (es and es-419 share many strings; a marker must not).
const strings = new Map<string, string[]>();
for (const locale of manifest.locales) {
  const values: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === 'string') values.push(JSON.stringify(node).slice(1, -1));
    else if (node && typeof node === 'object') for (const value of Object.values(node)) walk(value);
  };
  walk(JSON.parse(readFileSync(join(root, 'locales', `${locale.code}.json`), 'utf8')));
  strings.set(locale.code, values);
}
const marker = (code: string): string => {
  const others = new Set([...strings].filter(([c]) => c !== code).flatMap(([, v]) => v));
  const unique = (strings.get(code) ?? []).filter((v) => !others.has(v) && v.length > 20);
  return unique.sort((a, b) => b.length - a.length)[0] ?? '';
};
const entries = ['index.js', 'i18n.js', 'classifier.js'];
for (const entry of entries) {
  const graph = [...staticGraph(entry)];
  const text = graph.map(read).join('\n');
  for (const locale of manifest.locales) {
    if (locale.code === 'en') continue;
    const title = marker(locale.code);
    if (title && text.includes(title)) problems.push(`${entry} loads ${locale.code} statically`);
  }
}
for (const locale of manifest.locales) {
  if (locale.code === 'en') continue;
  const title = marker(locale.code);
  if (!title) {
    problems.push(`${locale.code}: no string unique to it, cannot check its chunk`);
    continue;
  }
  const holders = files.filter((f) => read(f).includes(title));
  if (holders.length !== 1)
    problems.push(`${locale.code}: expected one chunk with its strings, found ${holders.length}`);
}
// React Server Components: the components' entry is a client boundary, the others are not (a server
// must be able to call `classify` or load a locale).
const directive = /^\s*(['"])use client\1;?/;
if (!directive.test(read('index.js'))) problems.push("index.js: no 'use client' directive at the top");
for (const entry of ['classifier.js', 'i18n.js', 'precheck.js', 'cli.js'])
  if (read(entry).includes('use client')) problems.push(`${entry}: must not be a client boundary`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `check-build: ${manifest.locales.length - 1} locales, each in its own lazy chunk; entries load English only; index.js is a client boundary`,
);
