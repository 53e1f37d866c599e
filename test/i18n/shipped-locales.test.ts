import { describe, expect, it } from 'vitest';
import manifest from '../../locales/manifest.json';
import { localeDirection, shippedLocales } from '../../src/i18n';
import { localeLoaders } from '../../src/i18n/loaders';

const FIRST_WAVE = [
  'ar',
  'bn',
  'de',
  'es',
  'es-419',
  'fa',
  'fil',
  'fr',
  'he',
  'hi',
  'id',
  'it',
  'ja',
  'ko',
  'ms',
  'nl',
  'pl',
  'pt',
  'pt-BR',
  'ro',
  'ru',
  'sv',
  'sw',
  'ta',
  'th',
  'tr',
  'uk',
  'ur',
  'vi',
  'zh-Hans',
  'zh-Hant',
  'el',
];

describe('shipped locales', () => {
  it('ship English and the 32 locales of the first wave, each with a lazy loader', () => {
    expect(shippedLocales().sort()).toEqual(['en', ...FIRST_WAVE].sort());
    expect(Object.keys(localeLoaders).sort()).toEqual([...FIRST_WAVE].sort());
  });

  it('record direction, CLDR plural categories and an honest review status in the manifest', () => {
    for (const locale of manifest.locales) {
      expect(locale.dir).toBe(localeDirection(locale.code));
      expect([...locale.plurals].sort()).toEqual(
        [...new Intl.PluralRules(locale.code).resolvedOptions().pluralCategories].sort(),
      );
      expect(locale.status).toBe(locale.code === 'en' ? 'source' : 'draft');
      expect(['formal', 'informal']).toContain(locale.address);
    }
    expect(
      manifest.locales
        .filter((l) => l.dir === 'rtl')
        .map((l) => l.code)
        .sort(),
    ).toEqual(['ar', 'fa', 'he', 'ur']);
  });

  it('every locale file loads and resolves in its own chain', async () => {
    for (const code of FIRST_WAVE) {
      const resources = (await localeLoaders[code]?.())?.default as {
        issues: { face: { too_close: { title: string } } };
      };
      expect(resources.issues.face.too_close.title, code).toBeTruthy();
    }
  });
});
