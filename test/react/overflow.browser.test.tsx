import { render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import manifest from '../../locales/manifest.json';
import { issueFromCode } from '../../src/classifier';
import { cameraHelpTargets } from '../../src/core/camera-help';
import { createCaptureFeedbackI18nSync, loadCaptureFeedbackLocale } from '../../src/i18n';
import { CaptureFeedback, CaptureFeedbackProvider } from '../../src/index';
import '../../src/styles.css';
import { overflowingParts, renderAllPanels } from './all-panels';

// Every shipped locale (long words in German and Greek, tall and wide scripts in Tamil, Thai and
// Bangla, CJK) and the ~40 % longer pseudo-locale. The glyphs are measured with the fonts installed:
// .ci/run installs Debian's Noto fonts, without which these scripts would be measured as boxes.
const LOCALES = [...manifest.locales.map((l) => l.code), 'en-XA'];

describe('no text overflows its box on a 320 px wide phone', () => {
  beforeAll(async () => {
    await page.viewport(320, 640);
  });

  it.each(LOCALES)('%s: every issue panel fits', async (locale) => {
    const { container, unmount } = await renderAllPanels(locale);
    expect(document.documentElement.clientWidth).toBe(320);
    expect(overflowingParts(container)).toEqual([]);
    unmount();
  });
});

describe('camera help for every browser fits a 320 px phone', () => {
  beforeAll(async () => {
    await page.viewport(320, 640);
  });

  it.each(LOCALES)('%s: every target', async (locale) => {
    const i18n = createCaptureFeedbackI18nSync();
    await loadCaptureFeedbackLocale(i18n, locale);
    const { container, unmount } = render(
      <CaptureFeedbackProvider i18n={i18n} locale={locale}>
        <main style={{ margin: 0, padding: 8 }}>
          <CaptureFeedback.Root error={issueFromCode('camera.permission_denied')} autoFocus={false}>
            {cameraHelpTargets.map((target) => (
              <CaptureFeedback.CameraHelp key={target} target={target} />
            ))}
          </CaptureFeedback.Root>
        </main>
      </CaptureFeedbackProvider>,
    );
    await expect.poll(() => container.querySelector('.cf-panel')?.getAttribute('lang')).toBe(locale);
    const panel = container.querySelector<HTMLElement>('.cf-panel');
    expect(container.querySelectorAll('.cf-camera-help')).toHaveLength(cameraHelpTargets.length);
    const wide = [...container.querySelectorAll<HTMLElement>('.cf-camera-help li')]
      .filter((li) => li.scrollWidth > li.clientWidth + 1)
      .map((li) => li.textContent);
    expect(wide).toEqual([]);
    expect((panel?.scrollWidth ?? 0) - (panel?.clientWidth ?? 0)).toBeLessThanOrEqual(1);
    unmount();
  });
});
