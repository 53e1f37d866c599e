/**
 * XLIFF 2.0 exchange for translation management systems (Crowdin, Lokalise, Phrase): one file per
 * locale, one unit per key, the English source and the translator description as a note. Importing
 * a file writes the locale JSON in the canonical order and format, so export → import round-trips
 * byte for byte.
 */
import createxliff from 'xliff/createxliff';
import xliff2js from 'xliff/xliff2js';
import { expectedKeys, flatten, formatLocale, type Resources, unflatten } from './i18n-check-lib';

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

export interface Imported {
  readonly locale: string;
  /** The locale file's text, canonical. */
  readonly text: string;
  readonly units: number;
}

/** Reads an XLIFF 2.0 file back into the locale's JSON (units without a target are left out). */
export async function importXliff(
  xml: string,
  source: Resources,
  categories?: readonly string[],
): Promise<Imported> {
  const js = (await xliff2js(xml)) as {
    targetLanguage?: string;
    resources: Record<string, Record<string, { target?: unknown }>>;
  };
  const locale = js.targetLanguage;
  if (!locale) throw new Error('the XLIFF file has no trgLang');
  const units = js.resources[XLIFF_NAMESPACE] ?? {};
  const cats = categories ?? new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const ordered: [string, string][] = [];
  for (const key of expectedKeys(source, cats).keys()) {
    const target = units[key]?.target;
    if (typeof target === 'string') ordered.push([key, target]);
  }
  return { locale, text: formatLocale(unflatten(ordered)), units: ordered.length };
}
