/**
 * `npm run i18n:check`: every shipped locale against the English source (missing and extra keys,
 * empty values, stray whitespace, placeholders, CLDR plural forms, interpolation syntax, untranslated
 * strings, HTML tags, entities, `$t(` nesting and invisible characters English does not have, locale
 * files missing from the manifest), plus the English source's own completeness (every issue code has a title, a step and an
 * action; every key has a translator description). Exits 1 with a readable report.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { allIssueCodes } from '../src/classifier/codes';
import {
  canonicalText,
  checkLocale,
  flatten,
  formatReport,
  type Problem,
  unlistedLocaleFiles,
} from './i18n-check-lib';
import { localePath, readJson, readManifest, root } from './i18n-lib';

const manifest = readManifest();
const source = readJson(localePath(manifest.source));
const allowlist = (readJson(`${root}/locales/allowlist.json`) ?? {}) as Record<string, string[]>;
const problems: Problem[] = [];

// The English source itself.
const en = flatten(source);
for (const code of allIssueCodes) {
  const base = code === 'unknown' ? 'issues.unknown' : `issues.${code}`;
  for (const part of ['title', 'step1']) {
    if (!en.get(`${base}.${part}`))
      problems.push({
        locale: 'en',
        key: `${base}.${part}`,
        kind: 'missing',
        message: `issue code ${code} has no ${part}`,
      });
  }
}
const descriptions = flatten(readJson(`${root}/locales/en.descriptions.json`) ?? {});
problems.push(...checkLocale('en', source, source, { descriptions }));
const described = new Set([...descriptions.keys()]);
for (const key of en.keys()) {
  if (!described.has(key))
    problems.push({
      locale: 'en',
      key,
      kind: 'missing',
      message: 'no translator description in en.descriptions.json',
    });
}

for (const locale of manifest.locales) {
  if (locale.code === manifest.source) continue;
  const path = localePath(locale.code);
  if (!existsSync(path)) {
    problems.push({ locale: locale.code, key: '(file)', kind: 'missing', message: `${path} does not exist` });
    continue;
  }
  let target: unknown;
  try {
    target = readJson(path);
  } catch (error) {
    problems.push({
      locale: locale.code,
      key: '(file)',
      kind: 'syntax',
      message: `invalid JSON: ${(error as Error).message}`,
    });
    continue;
  }
  const expectedPlurals = new Intl.PluralRules(locale.code).resolvedOptions().pluralCategories;
  if ([...expectedPlurals].sort().join() !== [...locale.plurals].sort().join()) {
    problems.push({
      locale: locale.code,
      key: '(manifest)',
      kind: 'plural',
      message: `manifest plurals ${locale.plurals} differ from CLDR ${expectedPlurals}`,
    });
  }
  problems.push(
    ...checkLocale(locale.code, target, source, {
      allowIdentical: allowlist[locale.code] ?? [],
      descriptions,
    }),
  );
  if (readFileSync(path, 'utf8') !== canonicalText(target, source, locale.plurals)) {
    problems.push({
      locale: locale.code,
      key: '(file)',
      kind: 'whitespace',
      message: 'not in canonical order or format: run npm run i18n:format',
    });
  }
}

problems.push(
  ...unlistedLocaleFiles(
    readdirSync(`${root}/locales`),
    manifest.locales.map((l) => l.code),
  ),
);

const checked = manifest.locales.length;
if (problems.length > 0) {
  console.error(formatReport(problems));
  console.error(
    `\ni18n:check: ${problems.length} problem(s) in ${new Set(problems.map((p) => p.locale)).size} of ${checked} locales`,
  );
  process.exit(1);
}
console.log(`i18n:check: ${checked} locales OK (${en.size} keys in the English source)`);
