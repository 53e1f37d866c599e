import type { ImageThresholds } from './analyze';
import { precheckImage } from './image';
import { sniff } from './sniff';
import {
  type FileFormat,
  type PrecheckIssue,
  type PrecheckResult,
  type PrecheckSubject,
  precheckResult,
} from './types';

/** What a vendor accepts. Sizes in bytes; dimensions in pixels, whatever the orientation. */
export interface FileLimits {
  /** `file.too_large` above this many bytes. @defaultValue 10 000 000 */
  readonly maxBytes?: number;
  /** Accepted formats, from the magic bytes. @defaultValue ['jpeg', 'png'] */
  readonly formats?: readonly FileFormat[];
  /** `image.low_resolution` when the short side has fewer pixels. @defaultValue 480 */
  readonly minShortSide?: number;
  /** `image.bad_dimensions` when the long side has more pixels. @defaultValue 8192 */
  readonly maxLongSide?: number;
  /** `image.bad_dimensions` when long side ÷ short side is above this. @defaultValue 4 */
  readonly maxAspectRatio?: number;
}

export interface PrecheckFileOptions extends FileLimits {
  /**
   * Decode the image (`createImageBitmap`) to catch files that are broken inside. Without it, only
   * the structure is checked and the size comes from the header. Never done for PDF. @defaultValue true
   */
  readonly decode?: boolean;
  /** Also run the image checks of `precheckImage` on the decoded image (one decode for both). */
  readonly subject?: PrecheckSubject;
  readonly thresholds?: Partial<ImageThresholds>;
}

const MB = 1_000_000;

/** Defaults: JPEG or PNG up to 10 MB, 480 px on the short side, 8192 px on the long side. */
export const defaultFileLimits: Required<FileLimits> = {
  maxBytes: 10 * MB,
  formats: ['jpeg', 'png'],
  minShortSide: 480,
  maxLongSide: 8192,
  maxAspectRatio: 4,
};

/**
 * Documented upload limits of the seed vendors (megabytes read as 10^6 bytes: the stricter reading).
 * Faceki documents no file-size or format limit that we could find, so it has no preset.
 */
export const precheckPresets = {
  /** Innov8tif OkayFace: 3 MB, JPG/PNG. */
  innov8tif: { maxBytes: 3 * MB, formats: ['jpeg', 'png'] },
  /** Fern: 10 MB, JPG/PNG/PDF. */
  fern: { maxBytes: 10 * MB, formats: ['jpeg', 'png', 'pdf'] },
  /**
   * Tencent Cloud FaceID (LivenessCompare, CompareFaceLiveness): at most 3 MB once Base64-encoded,
   * JPG/PNG; Base64 grows by 4/3, so 2.25 MB of file.
   */
  tencent: { maxBytes: 2.25 * MB, formats: ['jpeg', 'png'] },
} as const satisfies Record<string, FileLimits>;

/**
 * Checks a file before upload: size (`file.too_large`), real format from the magic bytes
 * (`file.unsupported_format`, whatever the name or MIME type), truncation and decoding
 * (`file.corrupt`), pixel size (`image.low_resolution`, `image.bad_dimensions`), and with `subject`
 * the image checks of `precheckImage`. An empty file or no file gives `file.missing`; something that
 * is not a `Blob` gives `file.corrupt`. A file whose header announces a long side above
 * `maxLongSide` gets `image.bad_dimensions` without being decoded (a small file can decode to
 * gigabytes). An option left `undefined` takes its default; a limit that is not a number of at
 * least 0 (or `formats` that is neither an array nor a string) gives `integration.config` with the
 * option's name in `metric`. Never rejects.
 *
 * @example precheckFile(input.files[0], { ...precheckPresets.fern, subject: 'document' })
 */
export async function precheckFile(file: Blob, options: PrecheckFileOptions = {}): Promise<PrecheckResult> {
  const o: Record<string, unknown> = { ...options };
  for (const metric in defaultFileLimits) {
    o[metric] ??= defaultFileLimits[metric as keyof FileLimits];
    const value = o[metric];
    if (!(metric === 'formats' ? (value as string[]).includes : (value as number) >= 0))
      return precheckResult([{ code: 'integration.config', metric }]);
  }
  const { maxLongSide, formats, decode, subject, thresholds } = o as unknown as Required<FileLimits> &
    PrecheckFileOptions;
  if (file == null) return precheckResult([{ code: 'file.missing' }]);
  if (!(file instanceof Blob)) return precheckResult([{ code: 'file.corrupt' }]);
  const bytes = file.size;
  if (!bytes) return precheckResult([{ code: 'file.missing', measured: 0 }], { bytes });
  const issues: PrecheckIssue[] = [];
  /** Adds `code` when `measured` is above (or `below`) the limit named `metric`. */
  const over = (code: PrecheckIssue['code'], measured: number, metric: keyof FileLimits, below?: boolean) => {
    const threshold = o[metric] as number;
    const hit = below ? measured < threshold : measured > threshold;
    if (hit) issues.push({ code, measured, threshold, metric });
    return hit;
  };
  const tooLarge = over('file.too_large', bytes, 'maxBytes');
  let info: ReturnType<typeof sniff>;
  try {
    // An oversize file is only sniffed (its head), never read whole nor decoded.
    info = sniff(new Uint8Array(await (tooLarge ? file.slice(0, 256) : file).arrayBuffer()));
  } catch {
    return precheckResult([...issues, { code: 'file.corrupt' }], { bytes });
  }
  const { format } = info;
  let { width, height } = info;
  let metrics: PrecheckResult['metrics'];
  if (!format || !formats.includes(format)) issues.push({ code: 'file.unsupported_format' });
  else if (!tooLarge) {
    let corrupt = !info.complete;
    if (
      !corrupt &&
      format !== 'pdf' &&
      decode !== false &&
      typeof createImageBitmap === 'function' &&
      // too big by its header (maybe a decompression bomb): not decoded
      Math.max(width ?? 0, height ?? 0) <= maxLongSide
    ) {
      try {
        const bitmap = await createImageBitmap(file);
        width = bitmap.width;
        height = bitmap.height;
        if (subject) {
          const image = precheckImage(bitmap, { subject, thresholds });
          issues.push(...image.issues);
          metrics = image.metrics;
        }
        bitmap.close();
      } catch {
        corrupt = true;
      }
    }
    if (corrupt) issues.push({ code: 'file.corrupt' });
    else if (width && height) {
      const short = Math.min(width, height);
      const long = Math.max(width, height);
      over('image.low_resolution', short, 'minShortSide', true);
      over('image.bad_dimensions', long, 'maxLongSide') ||
        over('image.bad_dimensions', Math.round((long / short) * 100) / 100, 'maxAspectRatio');
    }
  }
  return precheckResult(issues, { format, width, height, bytes, metrics });
}
