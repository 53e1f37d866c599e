/**
 * `npm run i18n:format`: rewrites every locale file in the canonical form (the English source's key
 * order, plural forms in CLDR order, 2-space JSON, final newline). `i18n:check` reports files that
 * are not, so that XLIFF round trips and diffs stay byte-exact.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { canonicalText } from './i18n-check-lib';
import { localePath, readJson, readManifest } from './i18n-lib';

const manifest = readManifest();
const source = readJson(localePath(manifest.source));
let changed = 0;
for (const locale of manifest.locales) {
  const path = localePath(locale.code);
  const before = readFileSync(path, 'utf8');
  const after = canonicalText(JSON.parse(before), source, locale.plurals);
  if (after !== before) {
    writeFileSync(path, after);
    changed++;
    console.log(`formatted locales/${locale.code}.json`);
  }
}
console.log(`${changed} file(s) changed`);
