import { createInstance, type i18n as I18n, type InitOptions } from 'i18next';
import en from '../../locales/en.json';
import { NAMESPACE, PSEUDO_LOCALES, SOURCE_LOCALE } from './constants';
import { localeLoaders } from './loaders';
import { localeChain } from './locale';
import type { PartialResources } from './types';

/**
 * Adds the kit's English resources to an i18next instance, under the kit's own namespace. The
 * host's other namespaces, languages and options stay as they are; strings the host already put in
 * the kit's namespace (overrides) win over the kit's.
 */
export function addCaptureFeedbackResources(i18n: I18n): I18n {
  // Always merged (never skipped because an English bundle exists: a host's one-string override
  // must not leave every other key raw), and without overwriting, so the host's strings win.
  if (!loadedLocales(i18n).has(SOURCE_LOCALE)) {
    i18n.addResourceBundle(SOURCE_LOCALE, NAMESPACE, copy(en), true, false);
    loadedLocales(i18n).add(SOURCE_LOCALE);
  }
  return i18n;
}

const loadedByInstance = new WeakMap<I18n, Set<string>>();

/**
 * A copy of resources before they go into an instance: i18next keeps what it is given by reference
 * (always at init, and nested objects in versions before 24), so a later override in one instance
 * would rewrite the shipped strings of every other one (two tenants on one server, a host instance
 * and the kit's own).
 */
const copy = <T>(resources: T): T => JSON.parse(JSON.stringify(resources)) as T;

/** The kit's locales whose shipped strings are in this instance (overrides alone do not count). */
function loadedLocales(i18n: I18n): Set<string> {
  let set = loadedByInstance.get(i18n);
  if (!set) {
    set = new Set();
    loadedByInstance.set(i18n, set);
  }
  return set;
}

/** Whether the kit ships strings for `code` (and so must load them before it counts as ready). */
function ships(code: string): boolean {
  return (
    code === SOURCE_LOCALE ||
    Object.hasOwn(localeLoaders, code) ||
    (PSEUDO_LOCALES as readonly string[]).includes(code)
  );
}

export interface CreateI18nOptions {
  /** The user's locale (a BCP 47 tag such as `pt-BR`). Defaults to English. */
  readonly lng?: string;
  /** Strings to override, per locale: `{ fr: { ui: { retrying: '…' } } }`. */
  readonly overrides?: Readonly<Record<string, PartialResources>>;
  /** Extra i18next options for the private instance. */
  readonly init?: InitOptions;
}

/**
 * A private i18next instance for hosts that have none: the kit's namespace only, English bundled,
 * the user's locale loaded on demand. Resolves once the locale is loaded.
 */
export async function createCaptureFeedbackI18n(options: CreateI18nOptions = {}): Promise<I18n> {
  const i18n = createCaptureFeedbackI18nSync(options);
  if (options.lng) await loadCaptureFeedbackLocale(i18n, options.lng);
  return i18n;
}

/** Like `createCaptureFeedbackI18n`, without waiting: English is there at once, the locale follows. */
export function createCaptureFeedbackI18nSync(options: CreateI18nOptions = {}): I18n {
  const i18n = createInstance();
  void i18n.init({
    lng: options.lng ?? SOURCE_LOCALE,
    fallbackLng: SOURCE_LOCALE,
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    resources: { [SOURCE_LOCALE]: { [NAMESPACE]: copy(en) } },
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes; i18next escaping would double it
    returnNull: false,
    showSupportNotice: false,
    ...options.init,
  } as InitOptions);
  for (const [lng, resources] of Object.entries(options.overrides ?? {}))
    overrideStrings(i18n, lng, resources);
  return i18n;
}

const pending = new WeakMap<I18n, Map<string, Promise<void>>>();

async function loadOne(i18n: I18n, code: string): Promise<void> {
  if (code === SOURCE_LOCALE) {
    addCaptureFeedbackResources(i18n);
    return;
  }
  let resources: PartialResources | undefined;
  if ((PSEUDO_LOCALES as readonly string[]).includes(code)) {
    const { pseudoLocalize } = await import('./pseudo');
    resources = pseudoLocalize(en as PartialResources, code as 'en-XA' | 'ar-XB');
  } else {
    const loader = localeLoaders[code];
    if (!loader) return;
    resources = (await loader()).default;
  }
  // Deep merge without overwriting: strings the host set for this locale before it loaded stay.
  i18n.addResourceBundle(code, NAMESPACE, copy(resources), true, false);
}

/**
 * Languages the instance already has the kit's strings for (loaded earlier, or the host's own
 * translations and overrides): they count as available, so a host can add a language the kit does
 * not ship.
 */
function present(i18n: I18n): string[] {
  return Object.keys(i18n.store?.data ?? {}).filter((code) => i18n.hasResourceBundle(code, NAMESPACE));
}

/**
 * The chain for `locale` if everything it would load is already in `i18n` (so a component can
 * render in the user's language at once, without a flash of English), else `undefined`.
 */
export function loadedChain(i18n: I18n, locale: string | undefined): string[] | undefined {
  const want = localeChain(locale, [
    SOURCE_LOCALE,
    ...Object.keys(localeLoaders),
    ...PSEUDO_LOCALES,
    ...present(i18n),
  ]);
  const done = loadedLocales(i18n);
  return want.every((code) => (ships(code) ? done.has(code) : i18n.hasResourceBundle(code, NAMESPACE)))
    ? want
    : undefined;
}

/**
 * Loads the resources of `locale` and its fallback chain (`pt-BR` → `pt` → `en`) into `i18n`, each
 * language once (concurrent calls share the download). Resolves with the chain actually available.
 * Never rejects: a locale that fails to load (offline) falls back to English.
 */
export async function loadCaptureFeedbackLocale(i18n: I18n, locale: string | undefined): Promise<string[]> {
  addCaptureFeedbackResources(i18n);
  const chain = localeChain(locale, [
    SOURCE_LOCALE,
    ...Object.keys(localeLoaders),
    ...PSEUDO_LOCALES,
    ...present(i18n),
  ]);
  let map = pending.get(i18n);
  if (!map) {
    map = new Map();
    pending.set(i18n, map);
  }
  const loaded: string[] = [];
  for (const code of chain) {
    let promise = map.get(code);
    if (!promise) {
      // A language the kit does not ship is the host's own: nothing to download.
      promise = ships(code)
        ? loadOne(i18n, code).then(() => void loadedLocales(i18n).add(code))
        : Promise.resolve();
      map.set(code, promise);
    }
    try {
      await promise;
      loaded.push(code);
    } catch {
      map.delete(code); // retry on the next call (the network may come back)
    }
  }
  return loaded.length > 0 ? loaded : [SOURCE_LOCALE];
}

/**
 * Overrides some of the kit's strings for one locale, keeping the rest: `overrideStrings(i18n, 'en',
 * { actions: { contact_support: 'Chat with us' } })`. Later overrides win.
 */
export function overrideStrings(i18n: I18n, locale: string, resources: PartialResources): void {
  i18n.addResourceBundle(locale, NAMESPACE, copy(resources), true, true);
}

/**
 * A translate function over the kit's namespace for a locale chain (from `loadCaptureFeedbackLocale`):
 * looks each key up along the chain (`pt-BR`, `pt`, `en`) and formats numbers for the first.
 */
export function translatorFor(
  i18n: I18n,
  chain: readonly string[],
): (key: string, options?: Record<string, unknown>) => string {
  // Untyped on purpose: a host's CustomTypeOptions must not change how the kit calls i18next.
  const fixed = i18n.getFixedT([...chain], NAMESPACE) as unknown as (key: string, options: object) => string;
  // React escapes what it renders; a host instance that also escapes would show "&amp;". The kit's
  // keys are nested and its placeholders `{{…}}`, whatever the host chose for its own (flat keys with
  // `keySeparator: false`, `%{…}` placeholders).
  return (key, options) =>
    fixed(key, {
      ...options,
      lng: chain[0],
      lngs: chain,
      keySeparator: '.',
      nsSeparator: ':',
      interpolation: { escapeValue: false, prefix: '{{', suffix: '}}', formatSeparator: ',' },
    });
}

/**
 * Whether the kit's strings resolve on this instance: its plural and context suffixes are `_one`,
 * `_selfie`, which i18next cannot be told per call. A host instance with other separators is left
 * alone and the kit uses its own (following the host's language).
 */
export function suitsTheKit(i18n: I18n): boolean {
  const { pluralSeparator = '_', contextSeparator = '_' } = i18n.options ?? {};
  return pluralSeparator === '_' && contextSeparator === '_';
}
