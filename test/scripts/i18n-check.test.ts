import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import descriptionsJson from '../../locales/en.descriptions.json';
import en from '../../locales/en.json';
import {
  checkLocale,
  placeholders,
  type Resources,
  unlistedLocaleFiles,
  visibleLength,
} from '../../scripts/i18n-check-lib';
import { sandbox } from './sandbox';

const clone = (): Resources => structuredClone(en) as Resources;
const kinds = (locale: string, target: unknown, options = {}) =>
  checkLocale(locale, target, en, options).map((p) => `${p.kind} ${p.key}`);

/** English resources translated by a mechanical marker, so the checker sees a "complete" locale. */
function translated(locale = 'de'): Resources {
  const walk = (node: Resources): Resources =>
    Object.fromEntries(
      Object.entries(node).map(([k, v]) => [
        k,
        typeof v === 'string'
          ? v
              .split(/(\{\{[^}]*\}\})/)
              .map((part, i) => (i % 2 ? part : part.replace(/[A-Za-z]+/g, (w) => `${w}ß`)))
              .join('')
          : walk(v),
      ]),
    );
  const out = walk(clone());
  void locale;
  return out;
}

describe('i18n:check', () => {
  it('passes the English source and a complete translation', () => {
    expect(kinds('en', en)).toEqual([]);
    expect(kinds('de', translated())).toEqual([]);
  });

  it('reports missing and extra keys', () => {
    const target = translated();
    delete ((target.issues as Resources).face as Resources).not_found;
    (target.ui as Resources).invented = 'x';
    const found = kinds('de', target);
    expect(found).toContain('missing issues.face.not_found.title');
    expect(found).toContain('extra ui.invented');
  });

  it('reports empty values and stray whitespace', () => {
    const target = translated();
    (target.actions as Resources).retry = '   ';
    (target.actions as Resources).restart = ' Neu starten';
    (target.actions as Resources).continue = 'Weiter  gehen';
    const found = kinds('de', target);
    expect(found).toContain('empty actions.retry');
    expect(found).toContain('whitespace actions.restart');
    expect(found).toContain('whitespace actions.continue');
  });

  it('reports placeholders that differ from English and invalid interpolation syntax', () => {
    const target = translated();
    (target.ui as Resources).reference = 'Referenz: {{ref}}';
    (target.actions as Resources).wait_other = 'In {count} s erneut versuchen';
    (target.actions as Resources).wait_one = 'In {{count, number} s';
    const found = kinds('de', target);
    expect(found).toContain('placeholders ui.reference');
    expect(found).toContain('syntax actions.wait_other');
    expect(found).toContain('syntax actions.wait_one');
  });

  it("reports plural forms missing for the locale's CLDR categories, and ones it does not use", () => {
    const target = translated();
    // Polish needs one, few, many, other.
    expect(kinds('pl', target)).toEqual(
      expect.arrayContaining(['plural actions.wait_few', 'plural actions.wait_many']),
    );
    // Japanese has only "other": a "_one" form is extra.
    expect(kinds('ja', target)).toContain('extra actions.wait_one');
    expect(placeholders('{{count, number}} left {{ id }}')).toEqual(['count, number', 'id']);
  });

  it('reports strings identical to English unless allow-listed', () => {
    const target = translated();
    (target.actions as Resources).continue = 'Continue';
    expect(kinds('de', target)).toContain('untranslated actions.continue');
    expect(kinds('de', target, { allowIdentical: ['actions.continue'] })).not.toContain(
      'untranslated actions.continue',
    );
  });

  it('reports a value of the wrong type', () => {
    const target = translated();
    (target.ui as Resources).retrying = ['x'] as unknown as Resources;
    expect(kinds('de', target)).toContain('not-a-string ui.retrying');
  });
});

describe('translator context', () => {
  it('has a description for every English key, and none for keys that do not exist', async () => {
    const descriptions = (await import('../../locales/en.descriptions.json')).default as Record<
      string,
      string
    >;
    const { flatten } = await import('../../scripts/i18n-check-lib');
    const keys = [...flatten(en).keys()].sort();
    expect(Object.keys(descriptions).sort()).toEqual(keys);
    for (const key of keys) expect(descriptions[key]?.length ?? 0, key).toBeGreaterThan(20);
  });

  it('flags a file that is not in canonical order, so XLIFF round trips stay exact', async () => {
    const { canonicalText } = await import('../../scripts/i18n-check-lib');
    const reordered = { ui: en.ui, actions: en.actions, issues: en.issues, camera_help: en.camera_help };
    expect(canonicalText(reordered, en, ['one', 'other'])).not.toBe(
      `${JSON.stringify(reordered, null, 2)}\n`,
    );
    expect(canonicalText(reordered, en, ['one', 'other'])).toBe(`${JSON.stringify(en, null, 2)}\n`);
  });

  it.each([
    ['an HTML tag', 'Réessayer <b>maintenant</b>'],
    ['an HTML entity', 'Tom &amp; Jerry'],
    ['a numeric entity', 'Réessayer&#160;!'],
    ['i18next nesting', 'Réessayer $t(actions.retry)'],
    ['a ">" menu path', 'Öffnen Sie „Einstellungen“ > „Chrome“'],
    ['a zero-width space', 'Ré\u200Bessayer'],
    ['a byte-order mark', 'Ré\uFEFFessayer'],
    ['a bidi override', 'Réessayer \u202Eici'],
    ['a bidi isolate', 'Réessayer \u2066ici\u2069'],
  ])('flags %s that English does not have', (_, text) => {
    const target = translated();
    (target.actions as Resources).retry = text;
    expect(kinds('de', target)).toEqual(['markup actions.retry']);
  });

  describe('length limits from the translator descriptions', () => {
    const all = new Map(Object.entries(descriptionsJson));
    /** The real descriptions of these keys only (the mechanical translation lengthens every string). */
    const only = (...keys: string[]) => new Map(keys.map((key) => [key, all.get(key)]));

    it('flags a string longer than its description allows', () => {
      expect(all.get('issues.face.not_found.title')).toMatch(/Max 40 characters/);
      const target = translated();
      const face = (target.issues as Resources).face as Resources;
      face.not_found = { ...(face.not_found as Resources), title: 'Wir konnten Ihr Gesicht nicht finden' };
      const descriptions = only('issues.face.not_found.title');
      expect(kinds('de', target, { descriptions })).toEqual([]);
      face.not_found = {
        ...(face.not_found as Resources),
        title: 'Wir konnten Ihr Gesicht auf dem Selfie leider nicht finden',
      };
      expect(kinds('de', target, { descriptions })).toEqual(['length issues.face.not_found.title']);
      expect(checkLocale('de', target, en, { descriptions })[0]?.message).toMatch(
        /^58 characters, the description allows 40/,
      );
    });

    it('takes the limit of a plural form from its group, and counts a placeholder as two', () => {
      expect(all.get('actions.wait_other')).toMatch(/Max 24 characters/);
      const descriptions = only('actions.wait_other'); // nothing for wait_one itself
      const target = translated();
      (target.actions as Resources).wait_one = 'Nochmal versuchen in {{count, number}} Sekunden';
      expect(visibleLength('Nochmal versuchen in {{count, number}} Sekunden')).toBe(32);
      expect(kinds('de', target, { descriptions })).toEqual(['length actions.wait_one']);
      (target.actions as Resources).wait_one = 'Noch {{count, number}} s warten';
      expect(visibleLength('Noch {{count, number}} s warten')).toBe(16);
      expect(kinds('de', target, { descriptions })).toEqual([]);
    });

    it('counts what the eye sees: a Devanagari syllable or an emoji family is one character', () => {
      expect(visibleLength('कोशिश')).toBe(3);
      expect('कोशिश'.length).toBe(5);
      expect(visibleLength('👨‍👩‍👧')).toBe(1);
    });
  });

  it('lets translations use ZWNJ, ZWJ, LRM and RLM, and plain < & signs', () => {
    const target = translated();
    (target.actions as Resources).retry = 'می\u200Cخواهم \u200D \u200E \u200F 3 < 5 & 7';
    expect(kinds('fa', target)).toEqual([]);
  });

  it('flags locale files that the manifest does not list', () => {
    const problems = unlistedLocaleFiles(
      ['en.json', 'fr.json', 'fr-CA.json', 'manifest.json', 'en.descriptions.json', 'README.md'],
      ['en', 'fr'],
    );
    expect(problems.map((p) => `${p.kind} ${p.locale}`)).toEqual(['extra fr-CA']);
    expect(problems[0]?.message).toMatch(/fr-CA\.json is not in locales\/manifest\.json/);
  });
});

describe('npm run i18n:check, in a copy of the repository', () => {
  it('passes the shipped locales, and exits 1 on an unlisted locale file or markup a translation brings in', () => {
    const box = sandbox();
    expect(box.run('i18n-check.ts').status).toBe(0);
    box.write('locales/fr-CA.json', '{}\n');
    box.write('locales/fr.descriptions.json', '{}\n');
    const de = box.read('locales/de.json');
    box.write('locales/de.json', de.replace(/("retry": ")[^"]*"/, '$1Erneut&nbsp;<b>versuchen</b>\u200B"'));
    const result = box.run('i18n-check.ts');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/locales\/fr-CA\.json is not in locales\/manifest\.json/);
    expect(result.stderr).not.toMatch(/fr\.descriptions/);
    const markup = result.stderr.split('\n').filter((line) => /markup\s+actions\.retry/.test(line));
    expect(markup.join('\n')).toMatch(/HTML tag/);
    expect(markup.join('\n')).toMatch(/HTML entity/);
    expect(markup.join('\n')).toMatch(/invisible or bidi control/);
  }, 30_000);
});

describe('package scripts', () => {
  const repo = resolve(__dirname, '../..');
  const text = (path: string) => readFileSync(resolve(repo, path), 'utf8');

  it('run files that exist (the dead i18n:pseudo is gone, and no docs mention it)', () => {
    const { scripts } = JSON.parse(text('package.json')) as { scripts: Record<string, string> };
    for (const [name, command] of Object.entries(scripts))
      for (const [, file = ''] of command.matchAll(/\btsx (\S+\.ts)\b/g))
        expect(existsSync(resolve(repo, file)), `${name}: ${file}`).toBe(true);
    expect(Object.keys(scripts)).not.toContain('i18n:pseudo');
    for (const doc of ['README.md', 'locales/README.md']) expect(text(doc)).not.toContain('i18n:pseudo');
  });
});
