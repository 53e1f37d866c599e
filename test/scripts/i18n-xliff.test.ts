import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import descriptions from '../../locales/en.descriptions.json';
import en from '../../locales/en.json';
import manifest from '../../locales/manifest.json';
import { flatten, type Resources } from '../../scripts/i18n-check-lib';
import { exportXliff, importXliff, matchLocale, XliffImportError } from '../../scripts/i18n-xliff-lib';
import { sandbox } from './sandbox';

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

const locales = manifest.locales.map((l) => l.code);
const fr = JSON.parse(read('fr')) as Resources;
/** An XLIFF 2.0 document around the given units (`[id, inner XML of <target>]`). */
const xliff2 = (units: [string, string | undefined][], attrs = 'trgLang="fr"', fileId = 'capture-feedback') =>
  `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" ${attrs}>
  <file id="${fileId}">${units
    .map(
      ([id, target]) =>
        `<unit id="${id}"><segment><source>x</source>${target === undefined ? '' : `<target>${target}</target>`}</segment></unit>`,
    )
    .join('\n')}
  </file>
</xliff>`;
const importInto = (xml: string, existing: Resources | undefined = fr, locale?: string) =>
  importXliff(xml, en, { locales, existing: () => existing, locale });
const stringAt = (text: string, key: string) => flatten(JSON.parse(text)).get(key);

describe('XLIFF import from translation tools', () => {
  it('merges a partial file into the existing locale: other keys and empty targets keep their translation', async () => {
    const imported = await importInto(
      xliff2([
        ['actions.retry', 'Encore une fois'],
        ['ui.steps_label', ''],
        ['issues.face.mask.title', undefined],
      ]),
    );
    expect(imported.locale).toBe('fr');
    expect(imported.units).toBe(1);
    expect(stringAt(imported.text, 'actions.retry')).toBe('Encore une fois');
    expect(stringAt(imported.text, 'ui.steps_label')).toBe(flatten(fr).get('ui.steps_label'));
    expect(stringAt(imported.text, 'issues.face.mask.title')).toBe(flatten(fr).get('issues.face.mask.title'));
    // everything else is still there, in canonical order and format
    const expected = JSON.parse(read('fr'));
    expected.actions.retry = 'Encore une fois';
    expect(imported.text).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(imported.warnings.join('\n')).toMatch(/ui\.steps_label: no translation/);
  });

  it('takes keys from unit ids whatever the file is called (a TMS renames <file id>)', async () => {
    const imported = await importInto(xliff2([['actions.retry', 'Réessayer !']], 'trgLang="fr"', 'fr.xlf'));
    expect(stringAt(imported.text, 'actions.retry')).toBe('Réessayer !');
  });

  it('refuses a file with no units, or whose units are none of the keys', async () => {
    await expect(importInto(xliff2([]))).rejects.toThrow(XliffImportError);
    await expect(importInto(xliff2([]))).rejects.toThrow(/no translation units/);
    await expect(importInto(xliff2([['greeting', 'Bonjour']]))).rejects.toThrow(
      /none of the 1 units is a key/,
    );
  });

  it('leaves out, with a warning, units that are not keys of the English source', async () => {
    const imported = await importInto(
      xliff2([
        ['actions.retry', 'Réessayer'],
        ['__proto__.polluted', 'x'],
      ]),
    );
    expect(imported.text).not.toContain('polluted');
    expect(imported.warnings.join('\n')).toMatch(/__proto__\.polluted: not a key/);
  });

  it('turns inline placeholders back into i18next interpolation and keeps text inside spans', async () => {
    const imported = await importInto(
      xliff2([
        ['actions.wait_other', 'Patientez <ph id="1" disp="{{count}}" equiv="{{count}}"/> s'],
        ['actions.wait_one', 'Patientez <ph id="1" disp="{{count}}"/> s'],
        [
          'actions.retry',
          '<pc id="1">Ré</pc><mrk id="m" translate="no">essayer</mrk> <sc id="2"/>maintenant<ec startRef="2"/>',
        ],
      ]),
    );
    expect(stringAt(imported.text, 'actions.wait_other')).toBe('Patientez {{count}} s');
    expect(stringAt(imported.text, 'actions.wait_one')).toBe('Patientez {{count}} s');
    expect(stringAt(imported.text, 'actions.retry')).toBe('Réessayer maintenant');
    expect(imported.text).not.toContain('[object Object]');
  });

  it('resolves <ph dataRef> through <originalData>, joins split segments and keeps entities as text', async () => {
    const xml = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f">
<unit id="actions.wait_other"><originalData><data id="d1">{{count}}</data></originalData>
<segment><source>a</source><target>Patientez <ph id="1" dataRef="d1"/> s.</target></segment><ignorable><source> </source></ignorable><segment><source>b</source><target>Tom &amp; Jerry &lt;3</target></segment></unit>
</file></xliff>`;
    const imported = await importInto(xml);
    expect(stringAt(imported.text, 'actions.wait_other')).toBe('Patientez {{count}} s. Tom & Jerry <3');
  });

  it('fails loudly on a placeholder it cannot map back', async () => {
    await expect(importInto(xliff2([['actions.wait_other', 'Patientez <ph id="1"/> s']]))).rejects.toThrow(
      /which \{\{…\}\} does it stand for/,
    );
  });

  it('takes a placeholder from disp when equiv is empty, instead of dropping it', async () => {
    const imported = await importInto(
      xliff2([['actions.wait_other', 'Patientez <ph id="1" equiv="" disp="{{count, number}}"/> s']]),
    );
    expect(stringAt(imported.text, 'actions.wait_other')).toBe('Patientez {{count, number}} s');
  });

  it('resolves a bare target placeholder through the placeholder with its id in <source>', async () => {
    const v2 = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr"><file id="f">
<unit id="actions.wait_other"><segment><source>Wait <ph id="1" disp="{{count, number}}"/> s</source><target>Patientez <ph id="1"/> s</target></segment></unit>
</file></xliff>`;
    expect(stringAt((await importInto(v2)).text, 'actions.wait_other')).toBe('Patientez {{count, number}} s');
    const v12 = `<xliff version="1.2"><file target-language="fr" source-language="en" datatype="plaintext" original="x"><body>
<trans-unit id="actions.wait_other"><source>Wait <x id="c" equiv-text="{{count, number}}"/> s</source><target>Patientez <x id="c"/> s</target></trans-unit>
</body></file></xliff>`;
    expect(stringAt((await importInto(v12)).text, 'actions.wait_other')).toBe(
      'Patientez {{count, number}} s',
    );
  });

  it('decodes <cp hex> (characters XML cannot carry) instead of refusing the file', async () => {
    const imported = await importInto(xliff2([['actions.retry', 'Réessayer<cp hex="0009"/>!']]));
    expect(stringAt(imported.text, 'actions.retry')).toBe('Réessayer\t!');
  });

  it('names the unit whose inline element it cannot map back', async () => {
    await expect(importInto(xliff2([['actions.wait_other', 'Patientez <ph id="7"/> s']]))).rejects.toThrow(
      /^unit actions\.wait_other: <ph id="7">/,
    );
    await expect(importInto(xliff2([['actions.retry', 'Ré<foo/>']]))).rejects.toThrow(
      /^unit actions\.retry: unknown inline element <foo>/,
    );
  });

  it('refuses a key that comes twice with different translations (two <file>s, or a tool merge)', async () => {
    await expect(
      importInto(
        xliff2([
          ['actions.retry', 'Réessayer'],
          ['actions.retry', 'Recommencer'],
        ]),
      ),
    ).rejects.toThrow(/unit actions\.retry appears twice, with different translations/);
  });

  it('refuses an XLIFF 1.2 whose <file>s target different languages', async () => {
    const file = (language: string, id: string) =>
      `<file target-language="${language}" source-language="en" datatype="plaintext" original="x"><body><trans-unit id="${id}"><source>x</source><target>y</target></trans-unit></body></file>`;
    const xml = `<xliff version="1.2">${file('fr', 'actions.retry')}${file('de', 'actions.continue')}</xliff>`;
    await expect(importInto(xml)).rejects.toThrow(/target different languages \(fr, de\)/);
  });

  it('keeps the translation when the tool copied the English text into the target', async () => {
    const imported = await importInto(
      xliff2([
        ['actions.retry', 'Try again'],
        ['actions.continue', 'Continuer maintenant'],
      ]),
    );
    expect(stringAt(imported.text, 'actions.retry')).toBe(flatten(fr).get('actions.retry'));
    expect(stringAt(imported.text, 'actions.continue')).toBe('Continuer maintenant');
    expect(imported.warnings.join('\n')).toMatch(/unit actions\.retry: the target is the English text/);
  });

  it('reads XLIFF 1.2 (<x equiv-text>, <g>, paired <ph>, groups) without losing spaces', async () => {
    const xml = `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="whatever.json" source-language="en" target-language="fr-FR" datatype="plaintext"><body><group id="g">
<trans-unit id="actions.wait_other"><source>a</source><target>Patientez <x id="1" equiv-text="{{count}}"/> s, <g id="2">vraiment</g> <ph id="3">{{count}}</ph></target></trans-unit>
</group></body></file></xliff>`;
    const imported = await importInto(xml);
    expect(imported.locale).toBe('fr');
    expect(stringAt(imported.text, 'actions.wait_other')).toBe('Patientez {{count}} s, vraiment {{count}}');
  });

  it.each([
    ['fr-FR', 'fr'],
    ['FR', 'fr'],
    ['pt-br', 'pt-BR'],
    ['pt_BR', 'pt-BR'],
    ['zh-TW', 'zh-Hant'],
    ['zh_Hans', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['de-AT', 'de'],
  ])('maps the target language %s to the manifest locale %s', (tag, code) => {
    expect(matchLocale(tag, locales)).toBe(code);
  });

  it.each(['es-MX', 'pt-PT', 'xx', '../package', 'klingon', ''])('finds no manifest locale for %j', (tag) => {
    expect(matchLocale(tag, locales)).toBeUndefined();
  });

  it('refuses a language outside the manifest, naming close matches; --locale overrides', async () => {
    await expect(importInto(xliff2([['actions.retry', 'Reintentar']], 'trgLang="es-MX"'))).rejects.toThrow(
      /"es-MX" is not in locales\/manifest.json \(did you mean es or es-419\?/,
    );
    await expect(importInto(xliff2([['actions.retry', 'x']], 'trgLang="../package"'))).rejects.toThrow(
      XliffImportError,
    );
    await expect(importInto(xliff2([['actions.retry', 'x']], ''))).rejects.toThrow(/pass --locale/);
    const es419 = JSON.parse(read('es-419')) as Resources;
    const imported = await importInto(
      xliff2([['actions.retry', 'Reintentar ya']], 'trgLang="es-MX"'),
      es419,
      'es-419',
    );
    expect(imported.locale).toBe('es-419');
    expect(stringAt(imported.text, 'actions.retry')).toBe('Reintentar ya');
  });
});

describe('npm run i18n:import', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/i18n-xliff.ts', 'import', ...args], {
      cwd: resolve(__dirname, '../..'),
      encoding: 'utf8',
    });

  it('exits 1 and writes nothing for a refused file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xliff-'));
    const file = join(dir, 'evil.xlf');
    writeFileSync(file, xliff2([['actions.retry', 'x']], 'trgLang="../package"'));
    const before = readFileSync(resolve(__dirname, '../../package.json'), 'utf8');
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/evil\.xlf: refused, nothing written: language "..\/package"/);
    expect(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')).toBe(before);
    expect(existsSync(resolve(__dirname, '../../package.json.json'))).toBe(false);
  }, 30_000);

  it('refuses to overwrite the English source', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xliff-'));
    const file = join(dir, 'en.xlf');
    writeFileSync(file, xliff2([['actions.retry', 'Again']], 'trgLang="en-US"'));
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/en is the source language/);
    expect(read('en')).toContain('"retry": "Try again"');
  }, 30_000);
});

describe('npm run i18n:import, in a copy of the repository', () => {
  const unchanged = ['fr', 'es', 'es-419'] as const;

  it('merges a partial file into locales/fr.json in the canonical format, warning about units it leaves out', () => {
    const box = sandbox();
    const file = box.write(
      'fr-FR.xlf',
      xliff2(
        [
          ['actions.retry', 'Encore une fois'],
          ['ui.steps_label', ''],
          ['greeting', 'Bonjour'],
        ],
        'trgLang="fr-FR"',
        'fr-FR.xlf',
      ),
    );
    const result = box.run('i18n-xliff.ts', 'import', file);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/fr-FR\.xlf → locales\/fr\.json: 1 strings imported, \d+ kept/);
    expect(result.stderr).toMatch(/fr-FR\.xlf: unit greeting: not a key of en\.json/);
    expect(result.stderr).toMatch(/fr-FR\.xlf: unit ui\.steps_label: no translation, kept/);
    const expected = JSON.parse(read('fr'));
    expected.actions.retry = 'Encore une fois';
    expect(box.read('locales/fr.json')).toBe(`${JSON.stringify(expected, null, 2)}\n`);
    expect(box.run('i18n-format.ts').stdout).toMatch(/^0 file\(s\) changed/m);
    expect(box.run('i18n-check.ts').status).toBe(0);
  }, 30_000);

  it.each([
    ['no units', xliff2([]), /the file has no translation units/],
    ['only unknown units', xliff2([['greeting', 'Bonjour']]), /none of the 1 units is a key of en\.json/],
    [
      'a language outside the manifest',
      xliff2([['actions.retry', 'x']], 'trgLang="es-MX"'),
      /did you mean es or es-419\?/,
    ],
    [
      'a placeholder it cannot map',
      xliff2([['actions.wait_other', '<ph id="1"/>']]),
      /unit actions\.wait_other: <ph id="1">/,
    ],
  ])(
    'refuses a file with %s: exit 1, the file named, nothing written',
    (_, xml, message) => {
      const box = sandbox();
      const file = box.write('tool.xlf', xml);
      const result = box.run('i18n-xliff.ts', 'import', file);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/tool\.xlf: refused, nothing written: /);
      expect(result.stderr).toMatch(message);
      for (const code of unchanged) expect(box.read(`locales/${code}.json`)).toBe(read(code));
    },
    30_000,
  );

  it('imports an ambiguous language into the locale --locale names', () => {
    const box = sandbox();
    const file = box.write('mx.xlf', xliff2([['actions.retry', 'Reintentar ya']], 'trgLang="es-MX"'));
    const result = box.run('i18n-xliff.ts', 'import', file, '--locale', 'es-419');
    expect(result.status).toBe(0);
    expect(stringAt(box.read('locales/es-419.json'), 'actions.retry')).toBe('Reintentar ya');
    expect(box.read('locales/es.json')).toBe(read('es'));
  }, 30_000);

  it('refuses to merge into a locale file that is not valid JSON, naming it', () => {
    const box = sandbox();
    box.write('locales/fr.json', '{ "actions": ');
    const file = box.write('fr.xlf', xliff2([['actions.retry', 'Encore']]));
    const result = box.run('i18n-xliff.ts', 'import', file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/fr\.xlf: refused, nothing written: locales\/fr\.json: .*fix it first/);
    expect(box.read('locales/fr.json')).toBe('{ "actions": ');
  }, 30_000);
});
