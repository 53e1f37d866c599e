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
