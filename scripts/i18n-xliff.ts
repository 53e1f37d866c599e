/**
 * `npm run i18n:export -- <locale> [out.xlf]`
 *   writes XLIFF 2.0 for a TMS (default xliff/<locale>.xlf)
 * `npm run i18n:import -- <file.xlf> [...] [--locale <code>]`
 *   merges the translated units of XLIFF 2.x or 1.2 files into locales/<code>.json; the code comes
 *   from the file's target language (mapped to the manifest: fr-FR → fr) or from --locale. A file
 *   that cannot be imported faithfully is refused (exit 1) and nothing is written for it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Resources } from './i18n-check-lib';
import { localePath, readJson, readManifest, root } from './i18n-lib';
import { exportXliff, importXliff, XliffImportError } from './i18n-xliff-lib';

const [command, ...rest] = process.argv.slice(2);
const flag = rest.indexOf('--locale');
const override = flag >= 0 ? rest[flag + 1] : undefined;
const args = flag >= 0 ? rest.filter((_, i) => i !== flag && i !== flag + 1) : rest;
const manifest = readManifest();
const source = readJson(localePath(manifest.source)) as Resources;
const descriptions = (readJson(`${root}/locales/en.descriptions.json`) ?? {}) as Record<string, string>;

if (command === 'export' && args[0]) {
  const locale = args[0];
  const out = args[1] ?? `${root}/xliff/${locale}.xlf`;
  const target = (readJson(localePath(locale)) ?? {}) as Resources;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await exportXliff({ locale, source, target, descriptions }));
  console.log(`wrote ${out}`);
} else if (command === 'import' && args.length > 0 && (flag < 0 || override)) {
  const locales = manifest.locales.map((l) => l.code);
  let failed = 0;
  for (const file of args) {
    try {
      if (!existsSync(file)) throw new XliffImportError('no such file');
      const imported = await importXliff(readFileSync(file, 'utf8'), source, {
        locales,
        locale: override,
        existing: (code) => {
          try {
            return readJson(localePath(code)) as Resources | undefined;
          } catch (error) {
            throw new XliffImportError(`locales/${code}.json: ${(error as Error).message}; fix it first`);
          }
        },
      });
      if (imported.locale === manifest.source)
        throw new XliffImportError(
          `${manifest.source} is the source language: edit locales/${manifest.source}.json`,
        );
      for (const warning of imported.warnings) console.warn(`${file}: ${warning}`);
      writeFileSync(localePath(imported.locale), imported.text);
      console.log(
        `${file} → locales/${imported.locale}.json: ${imported.units} strings imported, ${imported.kept} kept; run npm run i18n:check`,
      );
    } catch (error) {
      if (!(error instanceof XliffImportError)) throw error;
      failed++;
      console.error(`${file}: refused, nothing written: ${error.message}`);
    }
  }
  if (failed) process.exit(1);
} else {
  console.error(
    'usage: npm run i18n:export -- <locale> [out.xlf]\n       npm run i18n:import -- <file.xlf> [...] [--locale <code>]',
  );
  process.exit(2);
}
