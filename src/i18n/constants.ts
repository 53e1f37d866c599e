/** The i18next namespace of the kit: host apps keep their own namespaces untouched. */
export const NAMESPACE = 'capture-feedback';

/** The source locale and the end of every fallback chain. */
export const SOURCE_LOCALE = 'en';

/** Pseudo-locales for testing layouts: accented and ~40 % longer, and right-to-left. */
export const PSEUDO_LOCALES = ['en-XA', 'ar-XB'] as const;
