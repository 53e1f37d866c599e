import type en from '../../locales/en.json';

/** The kit's English resources: the shape every locale follows. */
export type CaptureFeedbackResources = typeof en;

/** A locale's resources, possibly partial (translators' files, integrators' overrides). */
export type PartialResources = { readonly [key: string]: string | PartialResources };

export type LocaleLoader = () => Promise<{ default: PartialResources }>;

export type Direction = 'ltr' | 'rtl';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/**
 * Every key of the kit's namespace (plural groups by their base key: `actions.wait`). A typo is a
 * compile error wherever this type is used. To type `t` in your own components, add the kit's
 * resources to i18next's `CustomTypeOptions`:
 *
 * @example
 * import type { CaptureFeedbackResources } from 'capture-feedback/i18n';
 * declare module 'i18next' {
 *   interface CustomTypeOptions {
 *     resources: { 'capture-feedback': CaptureFeedbackResources };
 *   }
 * }
 */
export type CaptureFeedbackKey = WithoutPlural<Leaves<CaptureFeedbackResources>>;
