/**
 * `npm run i18n:export -- <locale> [out.xlf]`  writes XLIFF 2.0 for a TMS (default xliff/<locale>.xlf)
 * `npm run i18n:import -- <file.xlf> [...]`      writes locales/<trgLang>.json from translated files
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Resources } from './i18n-check-lib';
import { localePath, readJson, root } from './i18n-lib';
import { exportXliff, importXliff } from './i18n-xliff-lib';

const [command, ...args] = process.argv.slice(2);
const source = readJson(localePath('en')) as Resources;
const descriptions = (readJson(`${root}/locales/en.descriptions.json`) ?? {}) as Record<string, string>;

if (command === 'export' && args[0]) {
  const locale = args[0];
  const out = args[1] ?? `${root}/xliff/${locale}.xlf`;
  const target = (readJson(localePath(locale)) ?? {}) as Resources;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, await exportXliff({ locale, source, target, descriptions }));
  console.log(`wrote ${out}`);
} else if (command === 'import' && args.length > 0) {
  for (const file of args) {
    const { locale, text, units } = await importXliff(readFileSync(file, 'utf8'), source);
    writeFileSync(localePath(locale), text);
    console.log(`${file} → locales/${locale}.json (${units} strings); run npm run i18n:check`);
  }
} else {
  console.error(
    'usage: npm run i18n:export -- <locale> [out.xlf]\n       npm run i18n:import -- <file.xlf> [...]',
  );
  process.exit(2);
}
