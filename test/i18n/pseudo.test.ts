import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import { checkLocale } from '../../scripts/i18n-check-lib';
import { pseudoLocalize } from '../../src/i18n/pseudo';
import type { PartialResources } from '../../src/i18n/types';

describe('pseudo-locales', () => {
  const accented = pseudoLocalize(en as PartialResources, 'en-XA');
  const mirrored = pseudoLocalize(en as PartialResources, 'ar-XB');

  it('en-XA is accented and about 40 % longer, with placeholders intact', () => {
    const title = (accented as typeof en).issues.face.too_close.title;
    expect(title).not.toBe(en.issues.face.too_close.title);
    expect(title).toMatch(/Ýóúŕ/);
    expect(title.length).toBeGreaterThanOrEqual(Math.round(en.issues.face.too_close.title.length * 1.35));
    expect((accented as typeof en).actions.wait_other).toContain('{{count, number}}');
    // Same keys and placeholders as English: every check but "untranslated" passes.
    expect(checkLocale('en', accented, en).map((p) => p.kind)).toEqual([]);
  });

  it('ar-XB wraps text in right-to-left marks and keeps placeholders', () => {
    expect((mirrored as typeof en).ui.reference).toMatch(/^\u202e.*\u202c\{\{id\}\}$/);
    // Same keys and placeholders as English. Its bidi overrides are on purpose here; in a real
    // translation i18n:check reports them (kind "markup"), which this also shows.
    const problems = checkLocale('en', mirrored, en);
    expect(problems.filter((p) => p.kind !== 'markup')).toEqual([]);
    expect(new Set(problems.map((p) => p.message.split(':')[0]))).toEqual(
      new Set([expect.stringMatching(/^an invisible or bidi control character/)]),
    );
  });
});
