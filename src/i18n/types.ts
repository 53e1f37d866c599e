import type en from '../../locales/en.json';

/** The kit's English resources: the shape every locale follows. */
export type CaptureFeedbackResources = typeof en;

/** A locale's resources, possibly partial (translators' files, integrators' overrides). */
export type PartialResources = { readonly [key: string]: string | PartialResources };

export type LocaleLoader = () => Promise<{ default: PartialResources }>;

export type Direction = 'ltr' | 'rtl';
