import { ANALYSIS_SIZE, type ImageThresholds, judgeMetrics, measurePixels, thresholdsFor } from './analyze';
import {
  type PrecheckDetails,
  type PrecheckIssue,
  type PrecheckResult,
  type PrecheckSubject,
  precheckResult,
} from './types';

/** Anything `precheckImage` can look at. */
export type PrecheckImageSource =
  | ImageBitmap
  | HTMLCanvasElement
  | OffscreenCanvas
  | HTMLVideoElement
  | HTMLImageElement
  | ImageData;

export interface PrecheckImageOptions {
  /** What is captured: documents get the glare check and a stricter sharpness threshold. */
  readonly subject: PrecheckSubject;
  /** Overrides of the defaults in `defaultThresholds[subject]`. */
  readonly thresholds?: Partial<ImageThresholds>;
}

type Context = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

// One small scratch canvas, created on first use (never at import time: no `document` in workers or SSR).
let scratch: Context | null | undefined;

function context(width: number, height: number): Context | null {
  if (scratch === undefined) {
    const canvas =
      typeof OffscreenCanvas === 'function'
        ? new OffscreenCanvas(width, height)
        : typeof document === 'object'
          ? document.createElement('canvas')
          : null;
    scratch = (canvas?.getContext('2d', { willReadFrequently: true }) as Context | null | undefined) ?? null;
  }
  if (scratch && (scratch.canvas.width !== width || scratch.canvas.height !== height)) {
    scratch.canvas.width = width;
    scratch.canvas.height = height;
  }
  return scratch;
}

/** The pixel size of a source, or `undefined` for something that is not an image. */
const sizeOf = (source: unknown): number[] | undefined =>
  [
    ['videoWidth', 'videoHeight'],
    ['naturalWidth', 'naturalHeight'],
    ['width', 'height'],
  ]
    .map((names) => names.map((name) => Object(source)[name]))
    .find((size) => size.every((side) => typeof side === 'number'));

const fail = (details?: PrecheckDetails, issue?: Partial<PrecheckIssue>): PrecheckResult =>
  precheckResult([{ code: 'file.corrupt', ...issue }], details);

/**
 * Checks a decoded image or a video frame for `lighting.too_dark`, `lighting.too_bright`,
 * `image.blurry` and (documents) `image.glare`, on a grey copy downscaled to about 512 px on its
 * long side, so a 12-megapixel photo costs about as much as a video frame. Transparent pixels are
 * read as laid on white paper. Synchronous; never throws: something that is not an image, has no
 * pixels (a closed bitmap) or cannot be read gives `file.corrupt`; a cross-origin (tainted) source
 * gives `integration.config`. A `<video>` without a current frame (`readyState` below 2,
 * `HAVE_CURRENT_DATA`: not loaded yet, seeking) gives `file.corrupt` with `metric: 'readyState'`,
 * the state `measured` and `threshold: 2`, and no metrics: wait for its `loadeddata` or `seeked`.
 *
 * Works in a worker too when given an `ImageData` or an `ImageBitmap` (with `OffscreenCanvas`).
 */
export function precheckImage(source: PrecheckImageSource, options: PrecheckImageOptions): PrecheckResult {
  const subject: PrecheckSubject = options?.subject === 'selfie' ? 'selfie' : 'document';
  const size = sizeOf(source);
  if (!size) return fail();
  const [width = 0, height = 0] = size;
  const wh = { width, height };
  // A video without a current frame would draw nothing (or the previous call's pixels).
  const state = (source as HTMLVideoElement).readyState;
  if (state < 2) return fail(wh, { measured: state, threshold: 2, metric: 'readyState' });
  if (!(width > 0 && height > 0)) return fail(wh);
  try {
    let metrics: ReturnType<typeof measurePixels>;
    const t = thresholdsFor(subject, options?.thresholds);
    if ('data' in source) metrics = measurePixels(source.data, width, height, ANALYSIS_SIZE, t);
    else {
      const k = Math.min(1, ANALYSIS_SIZE / Math.max(width, height));
      const w = Math.round(width * k) || 1;
      const h = Math.round(height * k) || 1;
      // no 2D context (null): the TypeError gives file.corrupt
      const ctx = context(w, h) as Context;
      // White paper under the image: nothing left from the previous call, transparency reads as white.
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, w, h);
      ctx.imageSmoothingQuality = 'medium'; // smoothing is on: nothing here turns it off
      ctx.drawImage(source as CanvasImageSource, 0, 0, w, h);
      metrics = measurePixels(ctx.getImageData(0, 0, w, h).data, w, h, ANALYSIS_SIZE, t);
    }
    // too few pixels in an ImageData: measured as 0 × 0
    if (!metrics.width) return fail(wh);
    const issues = judgeMetrics(metrics, subject, t);
    return precheckResult(issues, { width, height, metrics });
  } catch (error) {
    return fail(wh, (error as Error)?.name === 'SecurityError' ? { code: 'integration.config' } : {});
  }
}
