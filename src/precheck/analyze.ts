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
};

/** The default thresholds per subject. */
export const defaultThresholds: Readonly<Record<PrecheckSubject, ImageThresholds>> = {
  document: base,
  selfie: { ...base, minSharpness: 20 },
};

/** The long side, in pixels, of the grey copy the checks run on. */
export const ANALYSIS_SIZE = 512;

/**
 * Computes the image statistics from RGBA pixels (an `ImageData`'s `data`). Larger images are first
 * box-averaged by an integer factor so that their long side is at most `maxSide` (pass `Infinity`
 * to measure at full resolution). Fewer pixels than `width × height` give all-zero metrics.
 */
export function measurePixels(
  rgba: ArrayLike<number>,
  width: number,
  height: number,
  maxSide = ANALYSIS_SIZE,
  levels: Pick<ImageThresholds, 'darkLevel' | 'brightLevel'> = base,
): ImageMetrics {
  if (!(width > 0 && height > 0) || rgba.length < width * height * 4)
    return { luminance: 0, darkShare: 0, brightShare: 0, sharpness: 0, glareShare: 0, width: 0, height: 0 };
  const k = Math.max(1, Math.ceil(Math.max(width, height) / maxSide));
  const w = Math.max(1, Math.floor(width / k));
  const h = Math.max(1, Math.floor(height / k));
  const n = w * h;
  const grey = new Float32Array(n);
  // Grey (Rec. 601 luma) averaged over k × k blocks.
  for (let y = 0; y < h * k; y++) {
    const row = ((y / k) | 0) * w;
    for (let x = 0, i = y * width * 4; x < w * k; x++, i += 4) {
      const j = row + ((x / k) | 0);
      grey[j] =
        (grey[j] as number) +
        0.299 * (rgba[i] as number) +
        0.587 * (rgba[i + 1] as number) +
        0.114 * (rgba[i + 2] as number);
    }
  }
  // Cells of the glare grid: about 48 on the long side.
  const cell = Math.max(2, Math.ceil(Math.max(w, h) / 48));
  const cw = Math.ceil(w / cell);
  const ch = Math.ceil(h / cell);
  const hot = new Uint16Array(cw * ch);
  const area = new Uint16Array(cw * ch);
  let sum = 0;
  let dark = 0;
  let bright = 0;
  const kk = k * k;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const v = (grey[y * w + x] as number) / kk;
      grey[y * w + x] = v;
      sum += v;
      const c = ((y / cell) | 0) * cw + ((x / cell) | 0);
      area[c] = (area[c] as number) + 1;
      if (v <= levels.darkLevel) dark++;
      else if (v >= levels.brightLevel) {
        bright++;
        hot[c] = (hot[c] as number) + 1;
      }
    }
  }
  // Variance of the 4-neighbour Laplacian (border pixels skipped).
  let s1 = 0;
  let s2 = 0;
  let m = 0;
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1, i = y * w + 1; x < w - 1; x++, i++) {
      const l =
        4 * (grey[i] as number) -
        (grey[i - 1] as number) -
        (grey[i + 1] as number) -
        (grey[i - w] as number) -
        (grey[i + w] as number);
      s1 += l;
      s2 += l * l;
      m++;
    }
  }
  const mean = m ? s1 / m : 0;
  // Largest 4-connected patch of cells that are at least half clipped white.
  const seen = new Uint8Array(cw * ch);
  const stack: number[] = [];
  let largest = 0;
  for (let start = 0; start < cw * ch; start++) {
    if (seen[start] || (hot[start] as number) * 2 < (area[start] as number) || !hot[start]) continue;
    let pixels = 0;
    seen[start] = 1;
    stack.push(start);
    while (stack.length) {
      const c = stack.pop() as number;
      pixels += area[c] as number;
      const cx = c % cw;
      for (const next of [cx > 0 ? c - 1 : -1, cx < cw - 1 ? c + 1 : -1, c - cw, c + cw]) {
        if (next < 0 || next >= cw * ch || seen[next]) continue;
        if ((hot[next] as number) * 2 < (area[next] as number) || !hot[next]) continue;
        seen[next] = 1;
        stack.push(next);
      }
    }
    largest = Math.max(largest, pixels);
  }
  return {
    luminance: sum / n,
    darkShare: dark / n,
    brightShare: bright / n,
    sharpness: m ? s2 / m - mean * mean : 0,
    glareShare: largest / n,
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
  thresholds: Partial<ImageThresholds> = {},
): PrecheckIssue[] {
  const t = { ...(defaultThresholds[subject] ?? base), ...thresholds };
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
