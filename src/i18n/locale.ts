import { SOURCE_LOCALE } from './constants';
import { localeLoaders } from './loaders';
import type { Direction } from './types';

/** Every locale the kit ships (English included), in manifest order. */
export function shippedLocales(): string[] {
  return [SOURCE_LOCALE, ...Object.keys(localeLoaders)];
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

function maximize(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag).maximize();
  } catch {
    return undefined;
  }
}

/**
 * The chain of shipped locales to try for `requested`, most specific first, always ending in
 * English: `pt-BR` → `pt-BR, pt, en`; `zh-HK` → `zh-Hant, en`; `es-MX` → `es-419, es, en`;
 * `zh` → `zh-Hans, en`. Unknown or invalid tags give `['en']`.
 */
export function localeChain(
  requested: string | undefined,
  available: readonly string[] = shippedLocales(),
): string[] {
  const has = new Set(available);
  const chain: string[] = [];
  const push = (tag: string | undefined) => {
    if (tag && has.has(tag) && !chain.includes(tag)) chain.push(tag);
  };
  const tag = requested ? canonical(requested) : undefined;
  if (tag) {
    push(tag);
    const full = maximize(tag);
    const language = full?.language ?? tag.split('-')[0];
    if (full && language) {
      // Chinese by script, never by region alone: zh-HK and zh-TW read Traditional characters.
      if (language === 'zh') push(`zh-${full.script}`);
      // Latin American Spanish for every Spanish outside Spain (and its own "419").
      if (language === 'es' && full.region !== 'ES') push('es-419');
      if (full.region) push(`${language}-${full.region}`);
      if (full.script) push(`${language}-${full.script}`);
    }
    // `tl` is the older code of Filipino; `iw` and `in` the older codes of Hebrew and Indonesian.
    const alias: Record<string, string> = { tl: 'fil', iw: 'he', in: 'id', nb: 'no', no: 'nb' };
    if (language && language !== 'zh') push(language);
    if (language && alias[language]) push(alias[language]);
  }
  push(SOURCE_LOCALE);
  if (!chain.includes(SOURCE_LOCALE)) chain.push(SOURCE_LOCALE);
  return chain;
}

const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/** The text direction of a locale, from its (likely) script: `ar`, `he`, `fa`, `ur` are `rtl`. */
export function localeDirection(locale: string | undefined): Direction {
  if (!locale) return 'ltr';
  if (locale === 'ar-XB') return 'rtl';
  const full = maximize(canonical(locale) ?? '');
  return full?.script && RTL_SCRIPTS.has(full.script) ? 'rtl' : 'ltr';
}
