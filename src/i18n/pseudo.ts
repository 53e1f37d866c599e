import type { PartialResources } from './types';

// Accented look-alikes: a translator or tester sees at a glance which text went through i18n.
const ACCENTED: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};
// Right-to-left look-alikes are not needed: wrapping in RLE/PDF marks is enough to flip the layout.
const RLO = '\u202e';
const PDF = '\u202c';

/** Splits text into literal runs and i18next placeholders (`{{count, number}}`, `$t(...)`), kept intact. */
function transformText(text: string, map: (run: string) => string): string {
  return text
    .split(/(\{\{[^}]*\}\}|\$t\([^)]*\))/)
    .map((part, i) => (i % 2 === 1 ? part : map(part)))
    .join('');
}

function accent(text: string): string {
  const body = transformText(text, (run) => run.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c));
  // ~40 % longer, as German or Finnish often are: pad with a visible tail.
  const pad = '~'.repeat(Math.max(1, Math.round(text.length * 0.4)));
  return `[${body} ${pad}]`;
}

function mirror(text: string): string {
  return transformText(text, (run) => (run ? `${RLO}${run}${PDF}` : run));
}

function walk(resources: PartialResources, fn: (text: string) => string): PartialResources {
  const out: Record<string, string | PartialResources> = {};
  for (const [key, value] of Object.entries(resources))
    out[key] = typeof value === 'string' ? fn(value) : walk(value, fn);
  return out;
}

/** Pseudo-localized resources: `en-XA` (accented, ~40 % longer) or `ar-XB` (right-to-left). */
export function pseudoLocalize(resources: PartialResources, locale: 'en-XA' | 'ar-XB'): PartialResources {
  return walk(resources, locale === 'en-XA' ? accent : mirror);
}
