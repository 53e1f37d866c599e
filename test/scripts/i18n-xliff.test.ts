import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import descriptions from '../../locales/en.descriptions.json';
import en from '../../locales/en.json';
import manifest from '../../locales/manifest.json';
import type { Resources } from '../../scripts/i18n-check-lib';
import { exportXliff, importXliff } from '../../scripts/i18n-xliff-lib';

const read = (code: string) => readFileSync(resolve(__dirname, `../../locales/${code}.json`), 'utf8');

describe('XLIFF 2.0 exchange', () => {
  it('round-trips the English source byte for byte, with translator notes', async () => {
    const xml = await exportXliff({ locale: 'en', source: en, target: en, descriptions });
    expect(xml).toContain('urn:oasis:names:tc:xliff:document:2.0');
    expect(xml).toContain('<note>');
    const imported = await importXliff(xml, en);
    expect(imported.locale).toBe('en');
    expect(imported.text).toBe(read('en'));
  });

  it.each(manifest.locales.filter((l) => l.code !== 'en').map((l) => l.code))(
    'round-trips %s byte for byte',
    async (locale) => {
      const target = JSON.parse(read(locale)) as Resources;
      const xml = await exportXliff({ locale, source: en, target, descriptions });
      const imported = await importXliff(xml, en);
      expect(imported.locale).toBe(locale);
      expect(imported.text).toBe(read(locale));
    },
  );

  it('exports the plural forms the target language needs', async () => {
    const xml = await exportXliff({ locale: 'ar', source: en, target: {}, descriptions });
    for (const category of ['zero', 'one', 'two', 'few', 'many', 'other'])
      expect(xml).toContain(`id="actions.wait_${category}"`);
    expect(xml).not.toContain('<target>');
  });
});
