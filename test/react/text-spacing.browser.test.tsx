import { act, render } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { allIssueCodes, type IssueCode } from '../../src/classifier';
import { createCaptureFeedbackI18nSync, loadCaptureFeedbackLocale } from '../../src/i18n';
import { CaptureFeedbackProvider, CaptureHintsViewport, useCaptureHints } from '../../src/index';
import '../../src/styles.css';
import { overflowingParts, renderAllPanels } from './all-panels';

// WCAG 2.2 AA, beyond the default rendering the overflow test covers:
// - 1.4.12 Text spacing: a user stylesheet sets line height 1.5, paragraph spacing 2 em, letter
//   spacing 0.12 em and word spacing 0.16 em; no content may be cut off or overlap.
// - 1.4.4 Resize text: text at 200 % (the browser's font-size setting, which scales `rem`) with
//   nothing lost.
// Measured on a 320 px phone for spacing and a 640 px one (a phone in landscape) for 200 % text.

const USER_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p, li { margin-block-end: 2em !important; }
`;
const TEXT_200 = 'html { font-size: 200% !important; }';

// Long words (de, el), tall scripts (ta, th), right to left (ar) and the ~40 % longer pseudo-locale.
const LOCALES = ['en', 'de', 'el', 'ta', 'th', 'ar', 'en-XA'];

let style: HTMLStyleElement | undefined;
function userStyle(css: string) {
  style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}
afterEach(() => {
  style?.remove();
});

/** Everything that is drawn outside the viewport, or cut off by its own box. */
function lostContent(root: ParentNode): string[] {
  const lost: string[] = [];
  const width = document.documentElement.clientWidth;
  for (const el of root.querySelectorAll<HTMLElement>('.cf-panel *, .cf-hint, .cf-hint *')) {
    if (el.closest('.cf-visually-hidden')) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    if (rect.left < -1 || rect.right > width + 1)
      lost.push(`${el.className || el.tagName} outside the screen`);
    const { overflowX, overflowY } = getComputedStyle(el);
    const clips = (o: string) => o === 'hidden' || o === 'clip';
    if (clips(overflowX) && el.scrollWidth > el.clientWidth + 1)
      lost.push(`${el.className || el.tagName} cut off`);
    if (clips(overflowY) && el.scrollHeight > el.clientHeight + 1)
      lost.push(`${el.className || el.tagName} cut off`);
  }
  return lost;
}

function Hint({ code }: { code: IssueCode }) {
  const hints = useCaptureHints({ minDisplayMs: 0, settleMs: 0 });
  useEffect(() => {
    hints.report([code]);
  }, [hints.report, code]);
  return <CaptureHintsViewport hints={hints} />;
}

/** The longest live hint of a locale: the one most likely to wrap. */
function longestHint(i18n: ReturnType<typeof createCaptureFeedbackI18nSync>, locale: string): IssueCode {
  const hint = (code: IssueCode): string =>
    String(i18n.getResource(locale, 'capture-feedback', `issues.${code}.hint`) ?? '');
  return allIssueCodes.reduce((a, b) => (hint(b).length > hint(a).length ? b : a));
}

describe.each([
  ['text spacing (1.4.12)', USER_SPACING, 320],
  ['text at 200 % (1.4.4)', TEXT_200, 640],
] as const)('%s', (_name, css, width) => {
  it.each(LOCALES)('%s: every panel keeps all its text', async (locale) => {
    await page.viewport(width, 800);
    userStyle(css);
    const { container, unmount } = await renderAllPanels(locale);
    expect(overflowingParts(container)).toEqual([]);
    expect(lostContent(container)).toEqual([]);
    unmount();
  });

  it.each(LOCALES)('%s: the longest live hint stays on screen, inside its pill', async (locale) => {
    await page.viewport(width, 800);
    userStyle(css);
    const i18n = createCaptureFeedbackI18nSync();
    await loadCaptureFeedbackLocale(i18n, locale);
    const code = longestHint(i18n, locale);
    const { unmount } = render(
      <CaptureFeedbackProvider i18n={i18n} locale={locale}>
        <Hint code={code} />
      </CaptureFeedbackProvider>,
    );
    await expect.poll(() => document.querySelector('.cf-hint')?.textContent).toBeTruthy();
    await act(async () => {});
    const hint = document.querySelector<HTMLElement>('.cf-hint');
    if (!hint) throw new Error('no hint shown');
    expect(lostContent(document)).toEqual([]);
    // A wrapped hint keeps clear of the screen's edges (it would look cut off by the phone's frame).
    const pill = hint.getBoundingClientRect();
    expect(pill.left).toBeGreaterThanOrEqual(8);
    expect(pill.right).toBeLessThanOrEqual(width - 8);
    // The text stays inside the painted pill: its rounded ends must not cut into a wrapped line.
    const text = hint.querySelector<HTMLElement>('div, p, span') ?? hint;
    const range = document.createRange();
    range.selectNodeContents(text);
    const radius = Number.parseFloat(getComputedStyle(hint).borderStartStartRadius);
    const corner = Math.min(radius, pill.height / 2, pill.width / 2);
    for (const line of range.getClientRects()) {
      // A point of text in a corner square further from the corner's centre than its radius is
      // outside the painted background.
      for (const [x, y] of [
        [line.left, line.top],
        [line.right, line.top],
        [line.left, line.bottom],
        [line.right, line.bottom],
      ] as const) {
        const cx =
          x < pill.left + corner ? pill.left + corner : x > pill.right - corner ? pill.right - corner : x;
        const cy =
          y < pill.top + corner ? pill.top + corner : y > pill.bottom - corner ? pill.bottom - corner : y;
        expect(
          Math.hypot(x - cx, y - cy),
          `${locale} "${hint.textContent}" corner at ${x},${y}`,
        ).toBeLessThanOrEqual(corner + 1);
      }
    }
    unmount();
  });
});
