import type { IssueCode } from '../classifier/codes';

/** A file format recognised from its first bytes (the magic number), never from its name or MIME type. */
export type FileFormat = 'jpeg' | 'png' | 'pdf' | 'webp' | 'heic' | 'avif' | 'gif' | 'bmp' | 'tiff';

/** What is being captured: the image checks tune their thresholds to it. */
export type PrecheckSubject = 'selfie' | 'document';

/** One problem found, with the value measured and the threshold it crossed, so that integrators can tune. */
export interface PrecheckIssue {
  readonly code: IssueCode;
  /** The value measured (bytes, pixels, luminance 0–255, a share 0–1, a sharpness score). */
  readonly measured?: number;
  /** The threshold it crossed, in the same unit. */
  readonly threshold?: number;
  /** The name of the option that holds the threshold (`maxBytes`, `minMeanLuminance`…). */
  readonly metric?: string;
}

/**
 * The statistics `precheckImage` computed on the downscaled grey image (whatever it decided).
 * Luminance, shares of pixels and sharpness are measured outside the white background, if one was
 * left out (`backgroundShare` above 0; see `maxBackgroundShare`), else on the whole frame.
 */
export interface ImageMetrics {
  /** Mean luminance, 0 (black) to 255 (white). */
  readonly luminance: number;
  /** Share (0–1) of pixels at or below `darkLevel` (crushed blacks). */
  readonly darkShare: number;
  /** Share (0–1) of pixels at or above `brightLevel` (clipped whites). */
  readonly brightShare: number;
  /** Variance of the 4-neighbour Laplacian of the grey image: the higher, the sharper. */
  readonly sharpness: number;
  /**
   * Share (0–1) of the whole frame covered by the largest connected patch of saturated highlights
   * (outside the background).
   */
  readonly glareShare: number;
  /** Share (0–1) of the whole frame left out as white background around a document (0: none). */
  readonly backgroundShare: number;
  /** Size of the grey image the metrics were computed on. */
  readonly width: number;
  readonly height: number;
}

/** What a check found besides its verdict. */
export interface PrecheckDetails {
  /** The real format, from the magic bytes (files only; absent when unknown). */
  readonly format?: FileFormat;
  /** Pixel size of the image (after EXIF orientation when it was decoded). */
  readonly width?: number;
  readonly height?: number;
  /** File size in bytes (files only). */
  readonly bytes?: number;
  /** The image statistics, when image checks ran. */
  readonly metrics?: ImageMetrics;
}

/**
 * The verdict of a pre-check. `ok` tells the two cases apart, so that after `if (!result.ok)` the
 * first issue is there to show (`result.issues[0]`), also under `noUncheckedIndexedAccess`.
 */
export type PrecheckResult = PrecheckDetails &
  (
    | { readonly ok: true; readonly issues: readonly [] }
    | { readonly ok: false; readonly issues: readonly [PrecheckIssue, ...PrecheckIssue[]] }
  );

/** The result for these issues: `ok` when there are none. */
export const precheckResult = (
  issues: readonly PrecheckIssue[],
  details?: PrecheckDetails,
): PrecheckResult =>
  issues.length
    ? { ...details, ok: false, issues: issues as [PrecheckIssue, ...PrecheckIssue[]] }
    : { ...details, ok: true, issues: [] };
