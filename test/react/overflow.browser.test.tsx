import { beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import manifest from '../../locales/manifest.json';
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
