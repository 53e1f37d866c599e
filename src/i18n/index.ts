/** `capture-feedback/i18n`: the kit's i18next namespace, on the host's instance or a private one. */
export { NAMESPACE, PSEUDO_LOCALES, SOURCE_LOCALE } from './constants';
export { localeChain, localeDirection, shippedLocales } from './locale';
export {
  addCaptureFeedbackResources,
  type CreateI18nOptions,
  createCaptureFeedbackI18n,
  createCaptureFeedbackI18nSync,
  loadCaptureFeedbackLocale,
  overrideStrings,
  translatorFor,
} from './setup';
export type {
  CaptureFeedbackKey,
  CaptureFeedbackResources,
  Direction,
  LocaleLoader,
  PartialResources,
} from './types';
