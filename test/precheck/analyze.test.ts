import { describe, expect, test } from 'vitest';
import { defaultThresholds, type ImageMetrics, judgeMetrics, measurePixels } from '../../src/precheck';

/** RGBA pixels from a grey-level function. */
function image(width: number, height: number, grey: (x: number, y: number) => number): Uint8ClampedArray {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const v = grey(x, y);
      data[i] = v;
      data[i + 1] = v;
      data[i + 2] = v;
      data[i + 3] = 255;
    }
  return data;
}

const metrics = (over: Partial<ImageMetrics> = {}): ImageMetrics => ({
  luminance: 128,
  darkShare: 0,
  brightShare: 0,
  sharpness: 500,
  glareShare: 0,
  backgroundShare: 0,
  width: 512,
  height: 384,
  ...over,
});

describe('measurePixels', () => {
  test('a flat grey image: its luminance, no clipping, zero sharpness', () => {
    const m = measurePixels(
      image(64, 48, () => 100),
      64,
      48,
    );
    expect(m.luminance).toBeCloseTo(100, 3);
    expect(m).toMatchObject({ darkShare: 0, brightShare: 0, glareShare: 0, width: 64, height: 48 });
    expect(m.sharpness).toBeCloseTo(0, 6);
  });

  test('luma uses Rec. 601 weights', () => {
    const data = new Uint8ClampedArray([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 0, 0, 0, 255]);
    expect(measurePixels(data, 2, 2).luminance).toBeCloseTo(((0.299 + 0.587 + 0.114) * 255) / 4, 3);
  });

  test('crushed blacks and clipped whites are counted', () => {
    const m = measurePixels(
      image(100, 100, (x) => (x < 30 ? 5 : x < 80 ? 128 : 255)),
      100,
      100,
    );
    expect(m.darkShare).toBeCloseTo(0.3, 6);
    expect(m.brightShare).toBeCloseTo(0.2, 6);
  });

  test('a checkerboard is sharp; the same board smoothed is much less so', () => {
    const sharp = measurePixels(
      image(64, 64, (x, y) => (((x >> 2) + (y >> 2)) % 2 ? 200 : 50)),
      64,
      64,
    );
    const soft = measurePixels(
      image(64, 64, (x, y) => 125 + 75 * Math.sin((x * Math.PI) / 4) * Math.sin((y * Math.PI) / 4)),
      64,
      64,
    );
    expect(sharp.sharpness).toBeGreaterThan(1000);
    expect(soft.sharpness).toBeLessThan(sharp.sharpness / 4);
  });

  test('larger images are box-averaged to the analysis size', () => {
    const m = measurePixels(
      image(2048, 1536, (x) => (x % 2 ? 255 : 0)),
      2048,
      1536,
    );
    expect([m.width, m.height]).toEqual([512, 384]);
    // 4 × 4 blocks average the 1-px stripes to flat grey: no clipping, no sharpness
    expect(m.luminance).toBeCloseTo(127.5, 3);
    expect(m.brightShare).toBe(0);
    expect(m.sharpness).toBeCloseTo(0, 6);
    const full = measurePixels(
      image(2048, 1536, (x) => (x % 2 ? 255 : 0)),
      2048,
      1536,
      Number.POSITIVE_INFINITY,
    );
    expect(full.width).toBe(2048);
    expect(full.brightShare).toBeCloseTo(0.5, 6);
  });

  test('glare: one connected white patch counts, scattered white pixels do not', () => {
    const patch = measurePixels(
      image(480, 480, (x, y) => ((x - 240) ** 2 + (y - 240) ** 2 < 60 ** 2 ? 255 : 120)),
      480,
      480,
    );
    expect(patch.glareShare).toBeGreaterThan(0.03);
    expect(patch.glareShare).toBeLessThan(0.08);
    const specks = measurePixels(
      image(480, 480, (x, y) => (x % 20 < 3 && y % 20 < 3 ? 255 : 120)),
      480,
      480,
    );
    expect(specks.brightShare).toBeGreaterThan(0.02);
    expect(specks.glareShare).toBe(0);
  });

  test('transparent pixels are read as laid on white paper', () => {
    // transparent black (what a canvas holds outside a cut-out), half-transparent black, opaque black
    const data = new Uint8ClampedArray([0, 0, 0, 0, 0, 0, 0, 128, 0, 0, 0, 255, 0, 0, 0, 0]);
    const m = measurePixels(data, 2, 2, Number.POSITIVE_INFINITY, { maxBackgroundShare: 0 });
    expect(m.luminance).toBeCloseTo((255 + 127 + 0 + 255) / 4, 0);
    expect(m.darkShare).toBe(0.25);
    expect(m.brightShare).toBe(0.5);
    // a fully transparent image is a blank white page, not a black one
    expect(measurePixels(new Uint8ClampedArray(64 * 48 * 4), 64, 48).luminance).toBe(255);
  });

  describe('white background around a document', () => {
    // a white page (255) with a textured grey card (100 ± 40) in the middle, covering a quarter
    const scan = (x: number, y: number) =>
      x >= 120 && x < 360 && y >= 90 && y < 270 ? 100 + ((x >> 1) % 2 ? 40 : -40) : 255;

    test('left out of the measures when it touches all four edges: the card is measured', () => {
      const m = measurePixels(image(480, 360, scan), 480, 360);
      expect(m.backgroundShare).toBe(0.75);
      expect(m.luminance).toBeCloseTo(100, 0);
      expect(m.brightShare).toBe(0);
      expect(m.glareShare).toBe(0);
      expect(judgeMetrics(m, 'document')).toEqual([]);
      // the same page measured whole (as for a selfie): too bright
      const whole = measurePixels(image(480, 360, scan), 480, 360, 512, defaultThresholds.selfie);
      expect(whole.backgroundShare).toBe(0);
      expect(whole.brightShare).toBe(0.75);
      expect(judgeMetrics(whole, 'selfie').map((i) => i.code)).toEqual(['lighting.too_bright']);
    });

    test('off-white (at or above backgroundLevel, 240) counts; grey does not', () => {
      const page = (level: number) => (x: number, y: number) => (scan(x, y) === 255 ? level : scan(x, y));
      expect(measurePixels(image(480, 360, page(244)), 480, 360).backgroundShare).toBe(0.75);
      expect(measurePixels(image(480, 360, page(230)), 480, 360).backgroundShare).toBe(0);
      expect(
        measurePixels(image(480, 360, page(230)), 480, 360, 512, { backgroundLevel: 220 }).backgroundShare,
      ).toBe(0.75);
    });

    test('glare on the card is still glare', () => {
      const m = measurePixels(
        image(480, 360, (x, y) => ((x - 240) ** 2 + (y - 180) ** 2 < 30 ** 2 ? 255 : scan(x, y))),
        480,
        360,
      );
      expect(m.backgroundShare).toBe(0.75);
      expect(m.glareShare).toBeGreaterThan(0.01);
    });

    test('white that touches fewer than four edges is not background (glare in a corner stays glare)', () => {
      const corner = measurePixels(
        image(480, 360, (x, y) => (x < 120 && y < 90 ? 255 : 100 + ((x >> 1) % 2 ? 40 : -40))),
        480,
        360,
      );
      expect(corner.backgroundShare).toBe(0);
      expect(corner.glareShare).toBeCloseTo(0.0625, 3);
    });

    test('above maxBackgroundShare (0.8) the white has swallowed the document: the whole frame counts', () => {
      // a small card: 120 × 140, under 10 % of the frame
      const small = (x: number, y: number) =>
        x >= 180 && x < 300 && y >= 120 && y < 260 ? 100 + ((x >> 1) % 2 ? 40 : -40) : 255;
      const m = measurePixels(image(480, 360, small), 480, 360);
      expect(m.backgroundShare).toBe(0);
      expect(m.brightShare).toBeCloseTo(1 - (120 * 140) / (480 * 360), 6);
      expect(
        measurePixels(image(480, 360, small), 480, 360, 512, { maxBackgroundShare: 0.95 }).backgroundShare,
      ).toBeCloseTo(1 - (120 * 140) / (480 * 360), 6);
      // an all-white frame is all background: never left out
      expect(
        measurePixels(
          image(48, 48, () => 255),
          48,
          48,
        ),
      ).toMatchObject({ backgroundShare: 0, brightShare: 1 });
    });
  });

  test('degenerate sizes do not throw', () => {
    expect(measurePixels(new Uint8ClampedArray(4), 1, 1).sharpness).toBe(0);
    expect(measurePixels(new Uint8ClampedArray(0), 0, 0)).toMatchObject({
      luminance: 0,
      sharpness: 0,
      width: 0,
    });
    expect(measurePixels(new Uint8ClampedArray(8), 10, 10)).toMatchObject({ luminance: 0, width: 0 });
  });
});

describe('judgeMetrics', () => {
  test('clean metrics: no issue, for both subjects', () => {
    expect(judgeMetrics(metrics(), 'document')).toEqual([]);
    expect(judgeMetrics(metrics(), 'selfie')).toEqual([]);
  });

  test('each threshold, with measured value, threshold and option name', () => {
    expect(judgeMetrics(metrics({ luminance: 40 }), 'selfie')).toEqual([
      { code: 'lighting.too_dark', measured: 40, threshold: 55, metric: 'minMeanLuminance' },
    ]);
    expect(judgeMetrics(metrics({ darkShare: 0.7 }), 'selfie')).toEqual([
      { code: 'lighting.too_dark', measured: 0.7, threshold: 0.6, metric: 'maxDarkShare' },
    ]);
    expect(judgeMetrics(metrics({ luminance: 230 }), 'selfie')).toEqual([
      { code: 'lighting.too_bright', measured: 230, threshold: 215, metric: 'maxMeanLuminance' },
    ]);
    expect(judgeMetrics(metrics({ brightShare: 0.4 }), 'selfie')).toEqual([
      { code: 'lighting.too_bright', measured: 0.4, threshold: 0.25, metric: 'maxBrightShare' },
    ]);
    expect(judgeMetrics(metrics({ sharpness: 30 }), 'document')).toEqual([
      { code: 'image.blurry', measured: 30, threshold: 60, metric: 'minSharpness' },
    ]);
    expect(judgeMetrics(metrics({ glareShare: 0.05 }), 'document')).toEqual([
      { code: 'image.glare', measured: 0.05, threshold: 0.01, metric: 'maxGlareShare' },
    ]);
  });

  test('selfies: a lower sharpness bar, no glare check', () => {
    expect(defaultThresholds.selfie.minSharpness).toBeLessThan(defaultThresholds.document.minSharpness);
    expect(judgeMetrics(metrics({ sharpness: 30, glareShare: 0.5 }), 'selfie')).toEqual([]);
  });

  test('at the threshold exactly: no issue', () => {
    const t = defaultThresholds.document;
    const edge = metrics({
      luminance: t.minMeanLuminance,
      darkShare: t.maxDarkShare,
      brightShare: t.maxBrightShare,
      sharpness: t.minSharpness,
      glareShare: t.maxGlareShare,
    });
    expect(judgeMetrics(edge, 'document')).toEqual([]);
  });

  test('lighting hides blur; too bright hides glare', () => {
    expect(judgeMetrics(metrics({ luminance: 30, sharpness: 1 }), 'document').map((i) => i.code)).toEqual([
      'lighting.too_dark',
    ]);
    expect(
      judgeMetrics(metrics({ brightShare: 0.5, glareShare: 0.5, sharpness: 1 }), 'document').map(
        (i) => i.code,
      ),
    ).toEqual(['lighting.too_bright']);
    // glare and blur can come together
    expect(judgeMetrics(metrics({ glareShare: 0.05, sharpness: 1 }), 'document').map((i) => i.code)).toEqual([
      'image.blurry',
      'image.glare',
    ]);
  });

  test('overrides win over the defaults', () => {
    expect(judgeMetrics(metrics({ luminance: 40 }), 'document', { minMeanLuminance: 30 })).toEqual([]);
    expect(judgeMetrics(metrics(), 'document', { minSharpness: 1000 })[0]).toMatchObject({
      code: 'image.blurry',
      threshold: 1000,
    });
  });

  test('an override left undefined keeps the default (it does not switch the check off)', () => {
    expect(judgeMetrics(metrics({ sharpness: 30 }), 'document', { minSharpness: undefined })).toEqual([
      { code: 'image.blurry', measured: 30, threshold: 60, metric: 'minSharpness' },
    ]);
    expect(
      judgeMetrics(metrics({ luminance: 40 }), 'selfie', { minMeanLuminance: undefined, maxDarkShare: 0.9 }),
    ).toMatchObject([{ code: 'lighting.too_dark', threshold: 55 }]);
  });

  test('the background thresholds: documents only', () => {
    expect(defaultThresholds.document).toMatchObject({ backgroundLevel: 240, maxBackgroundShare: 0.8 });
    expect(defaultThresholds.selfie.maxBackgroundShare).toBe(0);
  });

  test('measured values are rounded to 3 decimals', () => {
    expect(judgeMetrics(metrics({ glareShare: 0.0123456 }), 'document')[0]?.measured).toBe(0.012);
  });
});
