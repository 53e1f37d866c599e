import { render } from '@testing-library/react';
import { expect, it } from 'vitest';
import manifest from '../../locales/manifest.json';
import { createCaptureFeedbackI18nSync, loadCaptureFeedbackLocale } from '../../src/i18n';
import { CaptureFeedback, CaptureFeedbackProvider } from '../../src/index';
import '../../src/styles.css';

/** The CSS counter style that writes a numbering system's digits. */
const COUNTER_STYLE: Record<string, string> = { latn: 'decimal', arabext: 'persian', beng: 'bengali' };

// The countdown is formatted by Intl in the locale's own digits; the numbered steps next to it must
// use the same ones, or a Persian panel reads "۳۰ ثانیه" above "1. … 2. …".
it.each(manifest.locales.map((l) => l.code))(
  '%s: step numbers use the digits of its numbers',
  async (locale) => {
    const numbering = new Intl.NumberFormat(locale).resolvedOptions().numberingSystem;
    expect(COUNTER_STYLE, `no counter style known for ${numbering} (${locale})`).toHaveProperty(numbering);
    const i18n = createCaptureFeedbackI18nSync();
    await loadCaptureFeedbackLocale(i18n, locale);
    const { container, unmount } = render(
      <CaptureFeedbackProvider i18n={i18n} locale={locale}>
        <CaptureFeedback error="FACE_TOO_CLOSE" onRetry={() => {}} autoFocus={false} />
      </CaptureFeedbackProvider>,
    );
    await expect.poll(() => container.querySelector('.cf-panel')?.getAttribute('lang')).toBe(locale);
    const steps = container.querySelector('ol');
    expect(steps).not.toBeNull();
    expect(getComputedStyle(steps as Element).listStyleType).toBe(COUNTER_STYLE[numbering]);
    unmount();
  },
);
