import { describe, expect, it } from 'vitest';
import { localeChain, localeDirection } from '../../src/i18n/locale';

const shipped = ['en', 'pt', 'pt-BR', 'zh-Hans', 'zh-Hant', 'es', 'es-419', 'fil', 'he', 'ar'];

describe('localeChain', () => {
  it.each([
    ['pt-BR', ['pt-BR', 'pt', 'en']],
    ['pt-PT', ['pt', 'en']],
    ['zh-HK', ['zh-Hant', 'en']],
    ['zh-TW', ['zh-Hant', 'en']],
    ['zh-CN', ['zh-Hans', 'en']],
    ['zh', ['zh-Hans', 'en']],
    ['es-MX', ['es-419', 'es', 'en']],
    ['es-ES', ['es', 'en']],
    ['tl', ['fil', 'en']],
    ['iw', ['he', 'en']],
    ['en-GB', ['en']],
    ['xx-invalid-@@', ['en']],
    [undefined, ['en']],
  ] as const)('%s → %s', (requested, chain) => {
    expect(localeChain(requested, shipped)).toEqual(chain);
  });
});

describe('localeDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['he', 'rtl'],
    ['fa', 'rtl'],
    ['ur', 'rtl'],
    ['ar-XB', 'rtl'],
    ['en', 'ltr'],
    ['ja', 'ltr'],
    ['en-XA', 'ltr'],
    ['not a locale', 'ltr'],
  ] as const)('%s → %s', (locale, dir) => {
    expect(localeDirection(locale)).toBe(dir);
  });
});

describe('instances do not share strings', () => {
  it('an override in one instance changes neither the shipped strings nor another instance', async () => {
    const { createCaptureFeedbackI18nSync, loadCaptureFeedbackLocale, overrideStrings } = await import(
      '../../src/i18n'
    );
    const en = (await import('../../locales/en.json')).default;
    const fr = (await import('../../locales/fr.json')).default;
    const title = (i18n: ReturnType<typeof createCaptureFeedbackI18nSync>, lng: string) =>
      i18n.t('issues.face.not_found.title', { ns: 'capture-feedback', lng });

    // Two tenants on one server, each with its own wording.
    const a = createCaptureFeedbackI18nSync({
      overrides: { en: { issues: { face: { not_found: { title: 'A' } } } } },
    });
    await loadCaptureFeedbackLocale(a, 'fr');
    overrideStrings(a, 'fr', { issues: { face: { not_found: { title: 'A-fr' } } } });
    const b = createCaptureFeedbackI18nSync();
    await loadCaptureFeedbackLocale(b, 'fr');

    expect([title(a, 'en'), title(a, 'fr')]).toEqual(['A', 'A-fr']);
    expect([title(b, 'en'), title(b, 'fr')]).toEqual([
      en.issues.face.not_found.title,
      fr.issues.face.not_found.title,
    ]);
    expect(en.issues.face.not_found.title).toBe("We can't see your face");
  });
});
