import type { ImageMetrics, PrecheckIssue, PrecheckSubject } from './types';

/**
 * The image-check thresholds. Luminance is the Rec. 601 luma of 8-bit sRGB values (0–255), shares
 * are fractions of the pixels (0–1), and every measure is taken on a grey copy downscaled to about
 * 512 px on its long side, so the values do not depend on the camera's resolution.
 */
export interface ImageThresholds {
  /** `lighting.too_dark` when the mean luminance is below this. @defaultValue 55 */
  readonly minMeanLuminance: number;
  /** `lighting.too_bright` when the mean luminance is above this. @defaultValue 215 */
  readonly maxMeanLuminance: number;
  /** A pixel at or below this luminance counts as crushed black. @defaultValue 16 */
  readonly darkLevel: number;
  /** A pixel at or above this luminance counts as clipped white (and as glare). @defaultValue 250 */
  readonly brightLevel: number;
  /** `lighting.too_dark` when more than this share of pixels is crushed black. @defaultValue 0.6 */
  readonly maxDarkShare: number;
  /** `lighting.too_bright` when more than this share of pixels is clipped white. @defaultValue 0.25 */
  readonly maxBrightShare: number;
  /**
   * `image.blurry` when the variance of the Laplacian is below this. Faces are smoother than
   * printed documents, so the selfie default is lower. @defaultValue 60 (document), 20 (selfie)
   */
  readonly minSharpness: number;
  /**
   * `image.glare` (documents only) when the largest connected patch of clipped-white pixels covers
   * more than this share of the frame. @defaultValue 0.01
   */
  readonly maxGlareShare: number;
  /**
   * A pixel at or above this luminance can be white background (a scanner's lid, a sheet of paper, a
   * white desk): see `maxBackgroundShare`. @defaultValue 240
   */
  readonly backgroundLevel: number;
  /**
   * The white background around a document: the connected patch of cells (about 1/48 of the long
   * side) at least half at or above `backgroundLevel` that touches all four edges of the frame. When
   * it covers at most this share of the frame, it is left out of every measure (so a flatbed scan is
   * judged on the card, not on the lid); above it, the white is taken to have swallowed the document
   * and the whole frame is measured. 0 never leaves anything out. @defaultValue 0.8 (document), 0 (selfie)
   */
  readonly maxBackgroundShare: number;
}

const base: ImageThresholds = {
  minMeanLuminance: 55,
  maxMeanLuminance: 215,
  darkLevel: 16,
  brightLevel: 250,
  maxDarkShare: 0.6,
  maxBrightShare: 0.25,
  minSharpness: 60,
  maxGlareShare: 0.01,
  backgroundLevel: 240,
  maxBackgroundShare: 0.8,
};

/** The default thresholds per subject. */
export const defaultThresholds: Readonly<Record<PrecheckSubject, ImageThresholds>> = {
  document: base,
  selfie: { ...base, minSharpness: 20, maxBackgroundShare: 0 },
};

/** The thresholds for `subject` with the overrides that are set (an `undefined` one keeps the default). */
export function thresholdsFor(subject: PrecheckSubject, over?: Partial<ImageThresholds>): ImageThresholds {
  const t: Record<string, number> = { ...(defaultThresholds[subject] ?? base) };
  for (const k in t) t[k] = (over as Record<string, number> | undefined)?.[k] ?? (t[k] as number);
  return t as unknown as ImageThresholds;
}

/** The long side, in pixels, of the grey copy the checks run on. */
export const ANALYSIS_SIZE = 512;

/**
 * Computes the image statistics from RGBA pixels (an `ImageData`'s `data`); transparent pixels are
 * read as laid on white paper. Larger images are first box-averaged by an integer factor so that
 * their long side is at most `maxSide` (pass `Infinity` to measure at full resolution). `levels`
 * holds the thresholds that shape the measures (the levels and `maxBackgroundShare`; the document
 * defaults when left out). Fewer pixels than `width × height` give all-zero metrics.
 */
export function measurePixels(
  rgba: ArrayLike<number>,
  width: number,
  height: number,
  maxSide = ANALYSIS_SIZE,
  levels: Partial<ImageThresholds> = base,
): ImageMetrics {
  const t = thresholdsFor('document', levels);
  const k = Math.max(1, Math.ceil(Math.max(width, height) / maxSide));
  // No pixels (or too few): a 0 × 0 image, every measure 0 (`n` of 1 keeps them out of 0 / 0).
  const none = !(width > 0 && height > 0) || rgba.length < width * height * 4;
  const w = none ? 0 : Math.floor(width / k) || 1;
  const h = none ? 0 : Math.floor(height / k) || 1;
  const n = w * h || 1;
  const grey = new Float32Array(n);
  // Grey (Rec. 601 luma, composited over white by its alpha) averaged over k × k blocks.
  for (let y = 0; y < h * k; y++) {
    const row = ((y / k) | 0) * w;
    for (let x = 0, i = y * width * 4; x < w * k; x++, i += 4) {
      const j = row + ((x / k) | 0);
      const a = (rgba[i + 3] as number) / 255;
      grey[j] =
        (grey[j] as number) +
        255 -
        a *
          (255 -
            0.299 * (rgba[i] as number) -
            0.587 * (rgba[i + 1] as number) -
            0.114 * (rgba[i + 2] as number));
    }
  }
  // A grid of cells, about 48 on the long side, for the glare and background patches.
  const cell = Math.max(2, Math.ceil(Math.max(w, h) / 48));
  const cw = Math.ceil(w / cell);
  const ch = Math.ceil(h / cell);
  const cells = cw * ch;
  const area = new Uint16Array(cells);
  const hot = new Uint16Array(cells);
  const pale = new Uint16Array(cells);
  const kk = k * k;
  for (let y = 0, i = 0; y < h; y++) {
    const row = ((y / cell) | 0) * cw;
    for (let x = 0; x < w; x++, i++) {
      const v = (grey[i] as number) / kk;
      const c = row + ((x / cell) | 0);
      grey[i] = v;
      area[c] = (area[c] as number) + 1;
      if (v >= t.brightLevel) hot[c] = (hot[c] as number) + 1;
      if (v >= t.backgroundLevel) pale[c] = (pale[c] as number) + 1;
    }
  }
  // The 4-connected patches of cells at least half covered by `count`: which patch each cell is in
  // (0: none), and per patch its pixels and the frame edges it touches (left 1, right 2, top 4, bottom 8).
  const patches = (count: Uint16Array): [Int32Array, number[], number[]] => {
    const label = new Int32Array(cells);
    const size = [0];
    const edges = [0];
    const on = (c: number): boolean => (count[c] as number) * 2 >= (area[c] as number); // a cell has pixels
    for (let start = 0; start < cells; start++) {
      if (label[start] || !on(start)) continue;
      const id = size.push(0) - 1;
      const stack = [start];
      label[start] = id;
      edges[id] = 0;
      for (const c of stack) {
        const cx = c % cw;
        const cy = (c / cw) | 0;
        size[id] = (size[id] as number) + (area[c] as number);
        edges[id] =
          (edges[id] as number) | (cx ? 0 : 1) | (cx < cw - 1 ? 0 : 2) | (cy ? 0 : 4) | (cy < ch - 1 ? 0 : 8);
        for (const next of [cx ? c - 1 : -1, cx < cw - 1 ? c + 1 : -1, c - cw, c + cw]) {
          if (next < 0 || next >= cells || label[next] || !on(next)) continue;
          label[next] = id;
          stack.push(next);
        }
      }
    }
    return [label, size, edges];
  };
  // The white background: the pale patch that touches all four edges (with 4-connectivity, there is
  // at most one), unless it covers too much.
  const [label, size, edges] = patches(pale);
  let id = edges.indexOf(15);
  if (!((size[id] as number) <= t.maxBackgroundShare * n)) id = -1;
  const background = size[id] ?? 0;
  for (let c = 0; c < cells; c++) if (label[c] === id) hot[c] = 0;
  // Glare: the largest patch of clipped white outside the background.
  const glare = Math.max(...patches(hot)[1]);
  // Mean, clipping and the variance of the 4-neighbour Laplacian (border pixels skipped), outside
  // the background.
  let sum = 0;
  let dark = 0;
  let bright = 0;
  let s1 = 0;
  let s2 = 0;
  let m = 0;
  for (let y = 0, i = 0; y < h; y++) {
    const row = ((y / cell) | 0) * cw;
    for (let x = 0; x < w; x++, i++) {
      if (id > 0 && label[row + ((x / cell) | 0)] === id) continue; // (no background: no look-up)
      const v = grey[i] as number;
      sum += v;
      if (v <= t.darkLevel) dark++;
      else if (v >= t.brightLevel) bright++;
      if (x && y && x < w - 1 && y < h - 1) {
        const l =
          4 * v -
          (grey[i - 1] as number) -
          (grey[i + 1] as number) -
          (grey[i - w] as number) -
          (grey[i + w] as number);
        s1 += l;
        s2 += l * l;
        m++;
      }
    }
  }
  const mean = m ? s1 / m : 0;
  const content = n - background;
  return {
    luminance: sum / content,
    darkShare: dark / content,
    brightShare: bright / content,
    sharpness: m ? s2 / m - mean * mean : 0,
    glareShare: glare / n,
    backgroundShare: background / n,
    width: w,
    height: h,
  };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * Turns image statistics into issues. A lighting problem hides `image.blurry` (a dark or washed-out
 * image has little contrast, so its sharpness cannot be judged) and `lighting.too_bright` hides
 * `image.glare` (the whole frame is clipped, not a patch of it).
 */
export function judgeMetrics(
  metrics: ImageMetrics,
  subject: PrecheckSubject,
  thresholds?: Partial<ImageThresholds>,
): PrecheckIssue[] {
  const t = thresholdsFor(subject, thresholds);
  const issues: PrecheckIssue[] = [];
  const check = (
    code: PrecheckIssue['code'],
    value: number,
    metric: keyof ImageThresholds,
    below: boolean,
  ): boolean => {
    const threshold = t[metric];
    const hit = below ? value < threshold : value > threshold;
    if (hit) issues.push({ code, measured: round(value), threshold, metric });
    return hit;
  };
  const dark =
    check('lighting.too_dark', metrics.luminance, 'minMeanLuminance', true) ||
    check('lighting.too_dark', metrics.darkShare, 'maxDarkShare', false);
  const bright =
    !dark &&
    (check('lighting.too_bright', metrics.luminance, 'maxMeanLuminance', false) ||
      check('lighting.too_bright', metrics.brightShare, 'maxBrightShare', false));
  if (!dark && !bright) check('image.blurry', metrics.sharpness, 'minSharpness', true);
  if (subject === 'document' && !bright) check('image.glare', metrics.glareShare, 'maxGlareShare', false);
  return issues;
}
