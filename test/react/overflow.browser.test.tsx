import { render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import manifest from '../../locales/manifest.json';
import { allIssueCodes, issueFromCode } from '../../src/classifier';
import { createCaptureFeedbackI18nSync, loadCaptureFeedbackLocale } from '../../src/i18n';
import { CaptureFeedback, CaptureFeedbackProvider } from '../../src/index';
import '../../src/styles.css';

// Every shipped locale (long words in German and Greek, tall and wide scripts in Tamil, Thai and
// Bangla, CJK) and the ~40 % longer pseudo-locale. The glyphs are measured with the fonts installed:
// .ci/run installs Debian's Noto fonts, without which these scripts would be measured as boxes.
const LOCALES = [...manifest.locales.map((l) => l.code), 'en-XA'];

describe('no text overflows its box on a 320 px wide phone', () => {
  beforeAll(async () => {
    await page.viewport(320, 640);
  });

  it.each(LOCALES)('%s: every issue panel fits', async (locale) => {
    const i18n = createCaptureFeedbackI18nSync();
    await loadCaptureFeedbackLocale(i18n, locale);
    const { container, unmount } = render(
      <CaptureFeedbackProvider
        i18n={i18n}
        locale={locale}
        onContactSupport={() => {}}
        fallbacks={['support']}
      >
        <main style={{ margin: 0, padding: 8 }}>
          {allIssueCodes.map((code) => (
            <CaptureFeedback
              key={code}
              error={issueFromCode(code, {
                requestId: 'req_7f3a9c21e8',
                ...(code === 'service.rate_limited' ? { retryAfterMs: 30_000 } : {}),
              })}
              onRetry={() => {}}
              autoFocus={false}
            />
          ))}
        </main>
      </CaptureFeedbackProvider>,
    );
    // Wait for the locale to be applied (the provider loads it on mount).
    await expect.poll(() => container.querySelector('.cf-panel')?.getAttribute('lang')).toBe(locale);
    expect(document.documentElement.clientWidth).toBe(320);
    const overflowing: string[] = [];
    for (const panel of container.querySelectorAll<HTMLElement>('.cf-panel')) {
      if (panel.scrollWidth > panel.clientWidth + 1)
        overflowing.push(`${panel.dataset.code} (${panel.scrollWidth - panel.clientWidth}px)`);
      for (const button of panel.querySelectorAll<HTMLElement>('.cf-button')) {
        if (button.scrollWidth > button.clientWidth + 1)
          overflowing.push(`${panel.dataset.code} button "${button.textContent}"`);
      }
    }
    expect(overflowing).toEqual([]);
    unmount();
  });
});
