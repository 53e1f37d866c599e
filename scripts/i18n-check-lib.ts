/**
 * The checks behind `npm run i18n:check`, as functions so tests can feed them broken files.
 */

export type Resources = { [key: string]: string | Resources };

export interface Problem {
  readonly locale: string;
  readonly key: string;
  readonly kind:
    | 'missing'
    | 'extra'
    | 'empty'
    | 'whitespace'
    | 'placeholders'
    | 'plural'
    | 'syntax'
    | 'untranslated'
    | 'markup'
    | 'length'
    | 'not-a-string';
  readonly message: string;
}

const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
const PLURAL_KEY = /_(zero|one|two|few|many|other)$/;

/** Flattens nested resources to `a.b.c` keys. */
export function flatten(
  resources: unknown,
  prefix = '',
  out: Map<string, unknown> = new Map(),
): Map<string, unknown> {
  if (resources && typeof resources === 'object' && !Array.isArray(resources)) {
    for (const [key, value] of Object.entries(resources)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (value && typeof value === 'object' && !Array.isArray(value)) flatten(value, path, out);
      else out.set(path, value);
    }
  }
  return out;
}

/** The placeholders of a string, sorted: `{{count, number}}` → `count, number`. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((m) => (m[1] ?? '').replace(/\s+/g, ' ')).sort();
}

/** Interpolation syntax errors: unbalanced braces, empty placeholders, single-brace look-alikes. */
export function syntaxErrors(text: string): string[] {
  const errors: string[] = [];
  const opens = (text.match(/\{\{/g) ?? []).length;
  const closes = (text.match(/\}\}/g) ?? []).length;
  if (opens !== closes) errors.push(`unbalanced {{ }} (${opens} open, ${closes} close)`);
  if (/\{\{\s*\}\}/.test(text)) errors.push('empty placeholder {{}}');
  const stripped = text.replace(/\{\{[^{}]*\}\}/g, '');
  if (/\{[A-Za-z_][\w ,]*\}/.test(stripped)) errors.push('single-brace placeholder (i18next uses {{name}})');
  if (/\{\{[^{}]*\{|\}[^{}]*\}\}/.test(text)) errors.push('nested braces in a placeholder');
  return errors;
}

/**
 * What a translation must not bring in unless English has it too: the kit renders plain text, so a
 * tag or an entity shows as is; `$t(` would nest another key; invisible characters pasted from a
 * tool break matching and search, and bidi overrides reorder text (LRM, RLM, ZWNJ and ZWJ are not
 * here: Arabic, Hebrew, Persian and Indic scripts need them).
 */
const MARKUP: readonly (readonly [RegExp, string])[] = [
  [/<\/?[a-z][^<>]*>/i, 'an HTML tag (the kit renders plain text)'],
  [/&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i, 'an HTML entity (write the character itself)'],
  [/\$t\(/, 'i18next nesting $t(…)'],
  [/\s>\s/, 'a ">" menu path (screen readers say "greater than"; write "then", as English does)'],
  [
    /[\u200B\uFEFF\u202A-\u202E\u2066-\u2069]/,
    'an invisible or bidi control character (U+200B, U+FEFF, U+202A–E, U+2066–9)',
  ],
];

/** The base keys of plural groups in the source (`actions.wait` for `actions.wait_one`/`_other`). */
function pluralBases(source: Map<string, unknown>): Set<string> {
  const bases = new Set<string>();
  for (const key of source.keys()) if (PLURAL_KEY.test(key)) bases.add(key.replace(PLURAL_KEY, ''));
  return bases;
}

/**
 * The keys a locale must have, in the English source's order, each with its English reference
 * text: plural groups expanded to the locale's CLDR categories (Arabic gets six `actions.wait_*`).
 */
export function expectedKeys(source: unknown, unordered: readonly string[]): Map<string, string> {
  // CLDR order (zero, one, two, few, many, other), whatever order the caller or Intl gives.
  const categories = PLURAL_SUFFIXES.filter((c) => unordered.includes(c));
  const src = flatten(source);
  const bases = pluralBases(src);
  const expected = new Map<string, string>();
  for (const [key, value] of src) {
    const base = key.replace(PLURAL_KEY, '');
    if (PLURAL_KEY.test(key) && bases.has(base)) {
      for (const category of categories) {
        const reference = src.get(`${base}_${category}`) ?? src.get(`${base}_other`) ?? value;
        expected.set(`${base}_${category}`, String(reference));
      }
    } else expected.set(key, String(value));
  }
  return expected;
}

/** Nests flat `a.b.c` keys back into objects, in the given order. */
export function unflatten(entries: Iterable<readonly [string, string]>): Resources {
  const out: Resources = {};
  for (const [key, value] of entries) {
    const parts = key.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (typeof next === 'object') node = next;
      else {
        const created: Resources = {};
        node[part] = created;
        node = created;
      }
    }
    node[parts.at(-1) ?? key] = value;
  }
  return out;
}

/** The canonical text of a locale file: 2-space JSON, a final newline. */
export function formatLocale(resources: Resources): string {
  return `${JSON.stringify(resources, null, 2)}\n`;
}

/**
 * The canonical text of a locale: the keys it has, in the order `expectedKeys` gives (English
 * order, plural forms in CLDR order), then any keys English does not have (reported as extra).
 */
export function canonicalText(target: unknown, source: unknown, categories: readonly string[]): string {
  const values = flatten(target);
  const ordered: [string, string][] = [];
  for (const key of expectedKeys(source, categories).keys()) {
    const value = values.get(key);
    if (typeof value === 'string') ordered.push([key, value]);
    values.delete(key);
  }
  for (const [key, value] of values) if (typeof value === 'string') ordered.push([key, value]);
  return formatLocale(unflatten(ordered));
}

export interface CheckOptions {
  /** Keys allowed to equal English in this locale (brand names, "OK", units). */
  readonly allowIdentical?: readonly string[];
  /** The CLDR plural categories of the locale. @defaultValue from `Intl.PluralRules` */
  readonly pluralCategories?: readonly string[];
  /**
   * The translator descriptions (`en.descriptions.json`, flat keys). A description that says
   * "Max N characters" makes a longer string of this locale a `length` problem.
   */
  readonly descriptions?: ReadonlyMap<string, unknown>;
}

/**
 * The length limit a description sets ("Max 40 characters"), for a key or its plural group's
 * `_other` description.
 */
export function lengthLimit(key: string, descriptions: ReadonlyMap<string, unknown>): number | undefined {
  const text = descriptions.get(key) ?? descriptions.get(key.replace(PLURAL_KEY, '_other'));
  const match = typeof text === 'string' ? /\bMax (\d+) characters\b/i.exec(text) : null;
  return match ? Number(match[1]) : undefined;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * How long a string reads on screen: user-perceived characters (a Devanagari or Tamil syllable
 * with its vowel signs is one, as is an emoji), each placeholder counted as two (a number of
 * seconds; a reference id is shown on its own line).
 */
export function visibleLength(text: string): number {
  return [...graphemes.segment(text.replace(/\{\{[^{}]*\}\}/g, '00'))].length;
}

/** All problems of one locale against the English source. */
export function checkLocale(
  locale: string,
  target: unknown,
  source: unknown,
  options: CheckOptions = {},
): Problem[] {
  const problems: Problem[] = [];
  const add = (key: string, kind: Problem['kind'], message: string) =>
    problems.push({ locale, key, kind, message });
  const src = flatten(source);
  const tgt = flatten(target);
  const categories =
    options.pluralCategories ?? new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const bases = pluralBases(src);
  const allow = new Set(options.allowIdentical ?? []);

  // Placeholders are compared with the `_other` form: `_one` may legitimately differ in English.
  const expected = new Map<string, string>();
  for (const [key, reference] of expectedKeys(source, categories)) {
    const base = key.replace(PLURAL_KEY, '');
    expected.set(
      key,
      PLURAL_KEY.test(key) && bases.has(base) ? String(src.get(`${base}_other`) ?? reference) : reference,
    );
  }

  for (const [key, reference] of expected) {
    if (!tgt.has(key)) {
      const plural = PLURAL_KEY.exec(key);
      if (plural && bases.has(key.replace(PLURAL_KEY, '')))
        add(key, 'plural', `plural form "${plural[1]}" missing (${locale} needs ${categories.join(', ')})`);
      else add(key, 'missing', 'missing key');
      continue;
    }
    const value = tgt.get(key);
    if (typeof value !== 'string') {
      add(
        key,
        'not-a-string',
        `expected a string, found ${Array.isArray(value) ? 'an array' : typeof value}`,
      );
      continue;
    }
    if (value.trim() === '') {
      add(key, 'empty', 'empty value');
      continue;
    }
    if (value !== value.trim() || /\s{2,}/.test(value.replace(/\n/g, '')))
      add(key, 'whitespace', `stray whitespace: ${JSON.stringify(value)}`);
    for (const error of syntaxErrors(value)) add(key, 'syntax', error);
    const want = placeholders(reference);
    const got = placeholders(value);
    if (want.join('|') !== got.join('|'))
      add(
        key,
        'placeholders',
        `placeholders ${JSON.stringify(got)} differ from English ${JSON.stringify(want)}`,
      );
    for (const [pattern, what] of MARKUP)
      if (pattern.test(value) && !pattern.test(reference))
        add(key, 'markup', `${what}: ${JSON.stringify(value.match(pattern)?.[0])}`);
    const limit = options.descriptions && lengthLimit(key, options.descriptions);
    if (limit !== undefined && visibleLength(value) > limit)
      add(
        key,
        'length',
        `${visibleLength(value)} characters, the description allows ${limit}: shorten it (it must fit a 320 px phone screen)`,
      );
    const english = src.get(key);
    if (
      locale !== 'en' &&
      typeof english === 'string' &&
      value === english &&
      !allow.has(key) &&
      /[A-Za-z]{3,}/.test(english.replace(/\{\{[^}]*\}\}/g, ''))
    ) {
      add(key, 'untranslated', `identical to English: ${JSON.stringify(value)}`);
    }
  }
  for (const key of tgt.keys()) {
    if (expected.has(key)) continue;
    const plural = PLURAL_KEY.exec(key);
    const base = key.replace(PLURAL_KEY, '');
    if (
      plural &&
      bases.has(base) &&
      PLURAL_SUFFIXES.includes(plural[1] as (typeof PLURAL_SUFFIXES)[number])
    ) {
      add(
        key,
        'extra',
        `plural form "${plural[1]}" is not used in ${locale} (it needs ${categories.join(', ')})`,
      );
    } else add(key, 'extra', 'key not in the English source');
  }
  return problems;
}

/**
 * Locale files (`<code>.json` in `locales/`) that the manifest does not list: never loaded, never
 * checked, yet shipped in the package.
 */
export function unlistedLocaleFiles(files: readonly string[], listed: readonly string[]): Problem[] {
  const known = new Set([...listed, 'manifest', 'allowlist']);
  return files
    .filter((file) => file.endsWith('.json') && !file.endsWith('.descriptions.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .filter((code) => !known.has(code))
    .map((code) => ({
      locale: code,
      key: '(file)',
      kind: 'extra',
      message: `locales/${code}.json is not in locales/manifest.json: add it there or delete it`,
    }));
}

/** A readable report, grouped by locale. */
export function formatReport(problems: readonly Problem[]): string {
  const byLocale = new Map<string, Problem[]>();
  for (const p of problems) byLocale.set(p.locale, [...(byLocale.get(p.locale) ?? []), p]);
  const lines: string[] = [];
  for (const [locale, list] of byLocale) {
    lines.push(`\n${locale}: ${list.length} problem${list.length === 1 ? '' : 's'}`);
    for (const p of list) lines.push(`  ${p.kind.padEnd(12)} ${p.key}  ${p.message}`);
  }
  return lines.join('\n');
}
