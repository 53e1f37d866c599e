import { describe, expect, it } from 'vitest';
import { createCaptureFeedbackI18nSync, loadCaptureFeedbackLocale, shippedLocales } from '../../src/i18n';

/** Locale files the page has fetched so far (Vite serves each as its own module). */
function fetchedLocales(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => /\/locales\/([A-Za-z-]+)\.json/.exec(entry.name)?.[1])
    .filter((code): code is string => Boolean(code) && code !== 'en' && code !== 'manifest');
}

describe('locales load on demand', () => {
  it('downloads only the chosen locale and its fallbacks', async () => {
    expect(shippedLocales().length).toBeGreaterThan(20);
    const before = fetchedLocales();
    expect(before).toEqual([]);
    const i18n = createCaptureFeedbackI18nSync();
    const chain = await loadCaptureFeedbackLocale(i18n, 'de-AT');
    expect(chain).toEqual(['de', 'en']);
    expect(fetchedLocales()).toEqual(['de']);
    expect(i18n.getResource('de', 'capture-feedback', 'issues.face.too_close.title')).toBeTruthy();
    await loadCaptureFeedbackLocale(i18n, 'pt-BR');
    expect(fetchedLocales().sort()).toEqual(['de', 'pt', 'pt-BR']);
  });
});
