import {
  ANALYSIS_SIZE,
  defaultThresholds,
  type ImageThresholds,
  judgeMetrics,
  measurePixels,
} from './analyze';
import type { PrecheckIssue, PrecheckResult, PrecheckSubject } from './types';

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
function sizeOf(source: unknown): [number, number] | undefined {
  if (typeof source !== 'object' || source === null) return undefined;
  const s = source as Record<string, unknown>;
  const pick = (w: string, h: string) =>
    typeof s[w] === 'number' && typeof s[h] === 'number' ? ([s[w], s[h]] as [number, number]) : undefined;
  return (
    pick('videoWidth', 'videoHeight') ?? pick('naturalWidth', 'naturalHeight') ?? pick('width', 'height')
  );
}

const fail = (code: PrecheckIssue['code'], extra?: object): PrecheckResult => ({
  ok: false,
  issues: [{ code }],
  ...extra,
});

/**
 * Checks a decoded image or a video frame for `lighting.too_dark`, `lighting.too_bright`,
 * `image.blurry` and (documents) `image.glare`, on a grey copy downscaled to about 512 px on its
 * long side, so a 12-megapixel photo costs about as much as a video frame. Synchronous; never
 * throws: something that is not an image, has no pixels (a closed bitmap, a video not ready yet)
 * or cannot be read gives `file.corrupt`; a cross-origin (tainted) source gives `integration.config`.
 *
 * Works in a worker too when given an `ImageData` or an `ImageBitmap` (with `OffscreenCanvas`).
 */
export function precheckImage(source: PrecheckImageSource, options: PrecheckImageOptions): PrecheckResult {
  const subject: PrecheckSubject = options?.subject === 'selfie' ? 'selfie' : 'document';
  const size = sizeOf(source);
  if (!size) return fail('file.corrupt');
  const [width, height] = size;
  if (!(width > 0 && height > 0)) return fail('file.corrupt', { width, height });
  try {
    let metrics: ReturnType<typeof measurePixels>;
    const t = { ...defaultThresholds[subject], ...options?.thresholds };
    if ('data' in source) {
      if (!((source.data?.length ?? 0) >= width * height * 4)) return fail('file.corrupt', { width, height });
      metrics = measurePixels(source.data, width, height, ANALYSIS_SIZE, t);
    } else {
      const k = Math.min(1, ANALYSIS_SIZE / Math.max(width, height));
      const w = Math.max(1, Math.round(width * k));
      const h = Math.max(1, Math.round(height * k));
      const ctx = context(w, h);
      if (!ctx) return fail('file.corrupt', { width, height });
      ctx.imageSmoothingEnabled = true;
      ctx.imageSmoothingQuality = 'medium';
      ctx.drawImage(source as CanvasImageSource, 0, 0, w, h);
      metrics = measurePixels(ctx.getImageData(0, 0, w, h).data, w, h, ANALYSIS_SIZE, t);
    }
    const issues = judgeMetrics(metrics, subject, t);
    return { ok: issues.length === 0, issues, width, height, metrics };
  } catch (error) {
    return fail((error as Error)?.name === 'SecurityError' ? 'integration.config' : 'file.corrupt', {
      width,
      height,
    });
  }
}
