/**
 * XLIFF 2.0 exchange for translation management systems (Crowdin, Lokalise, Phrase): one file per
 * locale, one unit per key, the English source and the translator description as a note. Importing
 * reads XLIFF 2.x or 1.2 from any tool, merges the translated units into the locale file (in the
 * canonical order and format, so export → import round-trips byte for byte) and refuses, with a
 * message, anything it cannot map back faithfully.
 */
import createxliff from 'xliff/createxliff';
import { type Element, xml2js } from 'xml-js';
import { canonicalText, expectedKeys, flatten, type Resources, unflatten } from './i18n-check-lib';

export const XLIFF_NAMESPACE = 'capture-feedback';

export interface ExportInput {
  readonly locale: string;
  readonly source: Resources;
  /** The current translation (may be partial or empty). */
  readonly target: Resources;
  readonly descriptions: Record<string, string>;
  readonly categories?: readonly string[];
}

/** XLIFF 2.0 text for one locale. Untranslated keys get no `<target>`. */
export async function exportXliff({
  locale,
  source,
  target,
  descriptions,
  categories,
}: ExportInput): Promise<string> {
  const cats = categories ?? new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const expected = expectedKeys(source, cats);
  const current = flatten(target);
  const sources: Record<string, string> = {};
  const targets: Record<string, string> = {};
  const notes: Record<string, string> = {};
  for (const [key, reference] of expected) {
    sources[key] = reference;
    const value = current.get(key);
    if (typeof value === 'string') targets[key] = value;
    const description =
      descriptions[key] ?? descriptions[key.replace(/_(zero|one|two|few|many|other)$/, '_other')];
    if (description) notes[key] = description;
  }
  return createxliff('en', locale, sources, targets, XLIFF_NAMESPACE, undefined, notes);
}

/** Why an XLIFF file was refused; nothing is written. */
export class XliffImportError extends Error {
  override name = 'XliffImportError';
}

export interface ImportOptions {
  /** The locale codes of the manifest: the file's language must map to one of them. */
  readonly locales?: readonly string[];
  /** Overrides the file's target language (`--locale`). */
  readonly locale?: string;
  /** The current locale file, merged under the imported units. */
  readonly existing?: (locale: string) => Resources | undefined;
  /** The CLDR plural categories. @defaultValue from `Intl.PluralRules` */
  readonly categories?: readonly string[];
}

export interface Imported {
  readonly locale: string;
  /** The locale file's text, canonical. */
  readonly text: string;
  /** Translated units taken from the file. */
  readonly units: number;
  /** Translations of the existing file that the XLIFF did not carry (or left empty): kept. */
  readonly kept: number;
  /** Things that did not stop the import (unit ids that are not keys, empty targets). */
  readonly warnings: readonly string[];
}

/**
 * The manifest locale a language tag of a TMS means: the same tag whatever its case or separator
 * (`pt_br` → `pt-BR`), else its script (`zh-TW` → `zh-Hant`), else its language (`fr-FR` → `fr`)
 * when that language has no regional variant in the manifest (`es-MX` is refused: `es` or
 * `es-419`?). `undefined` when nothing fits.
 */
export function matchLocale(tag: string, locales: readonly string[]): string | undefined {
  const byLower = new Map(locales.map((code) => [code.toLowerCase(), code]));
  const clean = tag.trim().replace(/_/g, '-');
  const exact = byLower.get(clean.toLowerCase());
  if (exact) return exact;
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(clean);
  } catch {
    return undefined;
  }
  const { language } = parsed;
  const script = parsed.script ?? parsed.maximize().script;
  const byScript = byLower.get(`${language}-${script}`.toLowerCase());
  if (byScript) return byScript;
  const variants = locales.filter((code) => code.toLowerCase().startsWith(`${language}-`));
  return variants.length ? undefined : byLower.get(language);
}

/** Manifest codes that share the tag's language, for the refusal message. */
const closeMatches = (tag: string, locales: readonly string[]): string[] => {
  const language = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return locales.filter((code) => code.toLowerCase().split('-')[0] === language);
};

const children = (element: Element | undefined, name?: string): Element[] =>
  (element?.elements ?? []).filter((child) => child.type === 'element' && (!name || child.name === name));

const textOf = (element: Element): string =>
  (element.elements ?? [])
    .map((child) => (child.type === 'element' ? textOf(child) : String(child.text ?? child.cdata ?? '')))
    .join('');

/** Formatting codes (bold, links…): our strings have none; their markers are dropped, text kept. */
const FORMATTING = new Set(['sc', 'ec', 'sm', 'em', 'bx', 'ex', 'bpt', 'ept', 'it']);

/** What a unit's inline codes stand for: its `<originalData>`, and its source placeholders by id. */
interface Codes {
  readonly data: Map<string, string>;
  readonly source: Map<string, string>;
}

/**
 * The original text of a placeholder (`<ph>`, `<x>`): the `<originalData>` its `dataRef` points to,
 * else the first of `equiv`, `equiv-text`, `disp` and a 1.2 `<ph>`'s content that looks like
 * `{{…}}` (else the first non-empty one), else what the placeholder with its id in `<source>` says.
 */
function placeholderText(node: Element, codes: Codes): string | undefined {
  const a = (node.attributes ?? {}) as Record<string, string | undefined>;
  const candidates = [
    a.dataRef && codes.data.get(a.dataRef),
    a.equiv,
    a['equiv-text'],
    a.disp,
    node.elements?.length ? textOf(node) : undefined,
  ].filter((text): text is string => Boolean(text));
  return (
    candidates.find((text) => /\{\{.*\}\}/.test(text)) ??
    candidates[0] ??
    (a.id === undefined ? undefined : codes.source.get(a.id))
  );
}

/** The placeholders of a `<source>` by id, to resolve the target's bare `<ph id="1"/>`. */
function sourceCodes(element: Element | undefined, codes: Codes): void {
  for (const node of children(element)) {
    const name = String(node.name).replace(/^.*:/, '');
    const id = node.attributes?.id;
    const text = name === 'ph' || name === 'x' ? placeholderText(node, codes) : undefined;
    if (id !== undefined && text !== undefined) codes.source.set(String(id), text);
    sourceCodes(node, codes);
  }
}

/**
 * The plain text of a `<target>`: text kept, spans (`<pc>`, `<g>`, `<mrk>`) unwrapped, formatting
 * markers dropped, `<cp hex>` decoded, placeholders (`<ph>`, `<x>`) turned back into their
 * original text (see `placeholderText`); one that says nothing throws.
 */
function plainText(element: Element, codes: Codes): string {
  let out = '';
  for (const node of element.elements ?? []) {
    if (node.type === 'text' || node.type === 'cdata') out += String(node.text ?? node.cdata ?? '');
    if (node.type !== 'element') continue;
    const name = String(node.name).replace(/^.*:/, '');
    const a = (node.attributes ?? {}) as Record<string, string | undefined>;
    if (name === 'ph' || name === 'x') {
      const original = placeholderText(node, codes);
      if (original === undefined)
        throw new XliffImportError(
          `<${name} id="${a.id ?? ''}"> carries no equiv, disp, equiv-text or dataRef, nor does its source: which {{…}} does it stand for?`,
        );
      out += original;
    } else if (name === 'pc' || name === 'g' || name === 'mrk') out += plainText(node, codes);
    else if (name === 'cp') {
      const code = /^[\da-f]{1,6}$/i.test(a.hex ?? '') ? Number.parseInt(a.hex ?? '', 16) : Number.NaN;
      if (!(code <= 0x10ffff)) throw new XliffImportError(`<cp hex="${a.hex ?? ''}"> is not a code point`);
      out += String.fromCodePoint(code);
    } else if (!FORMATTING.has(name)) throw new XliffImportError(`unknown inline element <${node.name}>`);
  }
  return out;
}

/** `plainText`, with the unit named in the error. */
function unitText(id: string, element: Element, codes: Codes): string {
  try {
    return plainText(element, codes);
  } catch (error) {
    if (error instanceof XliffImportError) throw new XliffImportError(`unit ${id}: ${error.message}`);
    throw error;
  }
}

interface Unit {
  readonly id: string;
  /** The target text, `undefined` when the unit has no target. */
  readonly target: string | undefined;
}

/** The units of an XLIFF 2.x or 1.2 document, across all its files and groups, and its target language. */
function readUnits(xml: string): { language: string | undefined; units: Unit[] } {
  let document: Element;
  try {
    document = xml2js(xml, { captureSpacesBetweenElements: true }) as Element;
  } catch (error) {
    throw new XliffImportError(`not well-formed XML: ${(error as Error).message.split('\n')[0]}`);
  }
  const root = children(document, 'xliff')[0];
  const version = String(root?.attributes?.version ?? '');
  const units: Unit[] = [];
  if (/^2\./.test(version)) {
    const walk = (parent: Element): void => {
      for (const node of children(parent)) {
        if (node.name === 'group') walk(node);
        if (node.name !== 'unit') continue;
        const id = String(node.attributes?.id ?? '');
        const codes: Codes = {
          data: new Map(
            children(children(node, 'originalData')[0], 'data').map((d) => [
              String(d.attributes?.id),
              textOf(d),
            ]),
          ),
          source: new Map(),
        };
        // Segments and the ignorable whitespace between them, in order; no target anywhere: none.
        const parts = children(node).filter((c) => c.name === 'segment' || c.name === 'ignorable');
        for (const part of parts) sourceCodes(children(part, 'source')[0], codes);
        const targets = parts.map((part) => children(part, 'target')[0]);
        const target = targets.some(Boolean)
          ? parts.map((part, i) => {
              const t = targets[i];
              if (t) return unitText(id, t, codes);
              if (part.name === 'ignorable') return unitText(id, children(part, 'source')[0] ?? {}, codes);
              throw new XliffImportError(`unit ${id}: one of its segments has no target`);
            })
          : undefined;
        units.push({ id, target: target?.join('') });
      }
    };
    for (const file of children(root, 'file')) walk(file);
    return { language: root?.attributes?.trgLang as string | undefined, units };
  }
  if (version === '1.2') {
    const languages = new Set<string>();
    const walk = (parent: Element): void => {
      for (const node of children(parent)) {
        if (node.name === 'group' || node.name === 'body') walk(node);
        if (node.name !== 'trans-unit') continue;
        const id = String(node.attributes?.id ?? '');
        const codes: Codes = { data: new Map(), source: new Map() };
        sourceCodes(children(node, 'source')[0], codes);
        const target = children(node, 'target')[0];
        units.push({ id, target: target && unitText(id, target, codes) });
      }
    };
    for (const file of children(root, 'file')) {
      const language = file.attributes?.['target-language'];
      if (language !== undefined) languages.add(String(language));
      walk(file);
    }
    if (languages.size > 1)
      throw new XliffImportError(
        `its <file> elements target different languages (${[...languages].join(', ')}): split it`,
      );
    return { language: [...languages][0], units };
  }
  throw new XliffImportError(`not an XLIFF 2.x or 1.2 document (version "${version}")`);
}

/**
 * Reads a translated XLIFF file back into the locale's JSON. Keys come from the unit ids (whatever
 * the files are called); a unit whose id is not a key of the English source is left out with a
 * warning. Units with an empty or no target, or a copy of the English text where the locale has a
 * translation, keep the existing translation. Throws `XliffImportError` (and nothing is to be
 * written) when the file has no units, none of its units is a key, a key comes twice with different
 * texts, a target cannot be turned back into text, or its language is not in the manifest.
 */
export async function importXliff(
  xml: string,
  source: Resources,
  options: ImportOptions = {},
): Promise<Imported> {
  const { language, units } = readUnits(xml);
  const tag = options.locale ?? language;
  if (!tag) throw new XliffImportError('the file names no target language (trgLang): pass --locale <code>');
  let locale = tag;
  if (options.locales) {
    const match = matchLocale(tag, options.locales);
    if (!match) {
      const close = closeMatches(tag, options.locales);
      throw new XliffImportError(
        `language "${tag}" is not in locales/manifest.json${close.length ? ` (did you mean ${close.join(' or ')}? pass --locale <code>)` : ''}`,
      );
    }
    locale = match;
  }
  if (units.length === 0) throw new XliffImportError('the file has no translation units');
  const cats = options.categories ?? new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const expected = expectedKeys(source, cats);
  if (!units.some(({ id }) => expected.has(id)))
    throw new XliffImportError(
      `none of the ${units.length} units is a key of en.json: not an export of this kit, or the tool renamed the units`,
    );
  const existing = flatten(options.existing?.(locale) ?? {});
  const warnings: string[] = [];
  const imported = new Map<string, string>();
  for (const { id, target } of units) {
    const current = existing.get(id);
    if (!expected.has(id)) warnings.push(`unit ${id}: not a key of en.json (${locale}), left out`);
    else if (target === undefined || target.trim() === '')
      warnings.push(`unit ${id}: no translation, kept as it was`);
    else if (imported.has(id) && imported.get(id) !== target)
      throw new XliffImportError(`unit ${id} appears twice, with different translations`);
    else if (target === expected.get(id) && typeof current === 'string' && current !== target)
      warnings.push(
        `unit ${id}: the target is the English text (untranslated in your tool?), kept as it was`,
      );
    else imported.set(id, target);
  }
  let kept = 0;
  const merged: [string, string][] = [];
  for (const [key, value] of existing) {
    if (typeof value !== 'string') continue;
    if (!imported.has(key)) {
      kept++;
      merged.push([key, value]);
    }
  }
  merged.push(...imported);
  return {
    locale,
    text: canonicalText(unflatten(merged), source, cats),
    units: imported.size,
    kept,
    warnings,
  };
}
