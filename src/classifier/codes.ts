/**
 * The normalized issue codes: the kit's public vocabulary.
 *
 * Integrators, analytics and the locale files key off these strings. Add codes, never rename one.
 * Every code carries its metadata here, in one table, so that the rest of the kit derives what it
 * needs (types, stories, translator checks) instead of repeating it.
 */

/** What the end user has to capture again, if anything. */
export type Subject = 'selfie' | 'document' | 'video' | 'voice' | 'upload' | 'device' | 'none';

/** What the issue implies the user (or the host app) does next. */
export type Action =
  | 'recapture'
  | 'retry'
  | 'wait'
  | 'restart'
  | 'use_another_document'
  | 'review_details'
  | 'contact_support'
  | 'none';

/**
 * How bad it is. `error`: this attempt failed. `warning`: a capture hint, or a check that may pass
 * with a better capture. `info`: nothing failed (already verified, still under review).
 */
export type Severity = 'error' | 'warning' | 'info';

export type Category =
  | 'face'
  | 'lighting'
  | 'image'
  | 'document'
  | 'liveness'
  | 'video'
  | 'voice'
  | 'match'
  | 'file'
  | 'details'
  | 'camera'
  | 'device'
  | 'network'
  | 'service'
  | 'session'
  | 'verification'
  | 'integration'
  | 'unknown';

export interface IssueMeta {
  readonly category: Category;
  /** The subject to capture again by default (a vendor or a caller may name a more precise one). */
  readonly subject: Subject;
  readonly action: Action;
  readonly severity: Severity;
  /**
   * Ordering when several issues arrive at once: the higher, the sooner it is shown. Blocking
   * problems (no camera, no network) come before framing, framing before image quality, so the
   * user fixes the thing that makes the other checks meaningless first.
   */
  readonly priority: number;
  /**
   * A fraud signal: the guidance must stay neutral, so that a genuine user learns how to retake and
   * an attacker learns nothing about what the detector saw.
   */
  readonly sensitive: boolean;
}

// The category is the code's prefix (`face.too_close` → `face`), so rows leave it out.
type Row = readonly [Subject, Action, Severity, number, sensitive?: 'sensitive'];

const table = {
  // face (selfie framing)
  'face.not_found': ['selfie', 'recapture', 'error', 70],
  'face.multiple': ['selfie', 'recapture', 'error', 69],
  'face.too_close': ['selfie', 'recapture', 'error', 66],
  'face.too_far': ['selfie', 'recapture', 'error', 66],
  'face.off_center': ['selfie', 'recapture', 'error', 65],
  'face.cropped': ['selfie', 'recapture', 'error', 65],
  'face.angle': ['selfie', 'recapture', 'error', 63],
  'face.occluded': ['selfie', 'recapture', 'error', 64],
  'face.mask': ['selfie', 'recapture', 'error', 64],
  'face.eyes_not_visible': ['selfie', 'recapture', 'error', 62],
  'face.mouth_not_visible': ['selfie', 'recapture', 'error', 62],
  'face.expression': ['selfie', 'recapture', 'warning', 55],
  'face.low_quality': ['selfie', 'recapture', 'error', 50],
  // lighting
  'lighting.too_dark': ['selfie', 'recapture', 'error', 60],
  'lighting.too_bright': ['selfie', 'recapture', 'error', 60],
  'lighting.poor': ['selfie', 'recapture', 'error', 58],
  // image quality (selfie or document: the caller's subject refines it)
  'image.blurry': ['upload', 'recapture', 'error', 52],
  'image.glare': ['document', 'recapture', 'error', 54],
  'image.low_resolution': ['upload', 'recapture', 'error', 51],
  'image.bad_dimensions': ['upload', 'recapture', 'error', 51],
  // document
  'document.not_found': ['document', 'recapture', 'error', 70],
  'document.cropped': ['document', 'recapture', 'error', 67],
  'document.too_far': ['document', 'recapture', 'error', 66],
  'document.too_close': ['document', 'recapture', 'error', 66],
  'document.off_center': ['document', 'recapture', 'error', 65],
  'document.angle': ['document', 'recapture', 'error', 63],
  'document.covered': ['document', 'recapture', 'error', 64],
  'document.multiple': ['document', 'recapture', 'error', 69],
  'document.wrong_side': ['document', 'recapture', 'error', 68],
  'document.side_missing': ['document', 'recapture', 'error', 68],
  'document.unreadable': ['document', 'recapture', 'error', 49],
  'document.colorless': ['document', 'recapture', 'error', 47],
  'document.photocopy': ['document', 'recapture', 'error', 46, 'sensitive'],
  'document.screen': ['document', 'recapture', 'error', 46, 'sensitive'],
  'document.tampered': ['document', 'use_another_document', 'error', 40, 'sensitive'],
  'document.not_genuine': ['document', 'use_another_document', 'error', 40, 'sensitive'],
  'document.expired': ['document', 'use_another_document', 'error', 44],
  'document.unsupported': ['document', 'use_another_document', 'error', 45],
  'document.data_mismatch': ['none', 'review_details', 'error', 38],
  // liveness
  'liveness.failed': ['video', 'recapture', 'error', 36],
  'liveness.spoof_suspected': ['video', 'recapture', 'error', 35, 'sensitive'],
  'liveness.blink_missing': ['video', 'recapture', 'error', 42],
  'liveness.mouth_missing': ['video', 'recapture', 'error', 42],
  'liveness.movement_missing': ['video', 'recapture', 'error', 42],
  'liveness.lip_movement_small': ['video', 'recapture', 'error', 41],
  'liveness.timeout': ['video', 'recapture', 'error', 43],
  // video
  'video.too_short': ['video', 'recapture', 'error', 48],
  'video.low_quality': ['video', 'recapture', 'error', 48],
  'video.invalid': ['video', 'recapture', 'error', 48],
  'video.upload_failed': ['video', 'retry', 'error', 75],
  // voice
  'voice.not_detected': ['voice', 'recapture', 'error', 47],
  'voice.too_quiet': ['voice', 'recapture', 'error', 46],
  'voice.not_recognized': ['voice', 'recapture', 'error', 45],
  // match
  'match.face_mismatch': ['selfie', 'recapture', 'error', 34, 'sensitive'],
  // file
  'file.too_large': ['upload', 'recapture', 'error', 72],
  'file.unsupported_format': ['upload', 'recapture', 'error', 72],
  'file.corrupt': ['upload', 'recapture', 'error', 72],
  'file.missing': ['upload', 'recapture', 'error', 73],
  // details the user typed in (a form field the vendor rejected); added for Fern's field errors
  'details.invalid': ['none', 'review_details', 'error', 37],
  // camera and device
  'camera.permission_denied': ['device', 'retry', 'error', 95],
  'camera.not_found': ['device', 'retry', 'error', 95],
  'camera.in_use': ['device', 'retry', 'error', 94],
  'camera.unsupported': ['device', 'contact_support', 'error', 93],
  'device.orientation': ['device', 'none', 'warning', 90],
  'device.browser_unsupported': ['device', 'contact_support', 'error', 92],
  // network and service
  'network.offline': ['none', 'retry', 'error', 100],
  'network.timeout': ['none', 'retry', 'error', 99],
  'service.rate_limited': ['none', 'wait', 'warning', 98],
  'service.unavailable': ['none', 'retry', 'error', 97],
  // session and outcome
  'session.expired': ['none', 'restart', 'error', 89],
  'session.attempts_exhausted': ['none', 'contact_support', 'error', 88],
  'session.already_verified': ['none', 'none', 'info', 80],
  'session.pending': ['none', 'wait', 'info', 81],
  'session.cancelled': ['none', 'restart', 'warning', 82],
  'verification.rejected': ['none', 'contact_support', 'error', 30],
  // the vendor asks for more information before it can decide (Fern's NEEDS_ADDITIONAL_INFORMATION)
  'verification.more_info_needed': ['none', 'review_details', 'warning', 31],
  // not fixable by the end user
  'integration.auth': ['none', 'contact_support', 'error', 86],
  'integration.config': ['none', 'contact_support', 'error', 85],
  'integration.bad_request': ['none', 'contact_support', 'error', 84],
  unknown: ['none', 'retry', 'error', 1],
} as const satisfies Record<string, Row>;

/** Every normalized issue code. */
export type IssueCode = keyof typeof table;

/** `face.too_close` → `face`. */
type Prefix<C> = C extends `${infer P}.${string}` ? P : C;

/** The code table: every issue code with its metadata. */
export const issueCodes: Readonly<Record<IssueCode, IssueMeta>> = Object.freeze(
  Object.fromEntries(
    (Object.keys(table) as IssueCode[]).map((code) => {
      const [subject, action, severity, priority, sensitive] = table[code] as Row;
      // The prefix is the category; a code whose prefix is not one fails to compile here.
      const category: Category = code.split('.')[0] as Prefix<IssueCode>;
      const meta: IssueMeta = Object.freeze({
        category,
        subject,
        action,
        severity,
        priority,
        sensitive: sensitive === 'sensitive',
      });
      return [code, meta];
    }),
  ) as Record<IssueCode, IssueMeta>,
);

/** All issue codes, in table order (grouped by category). */
export const allIssueCodes: readonly IssueCode[] = Object.freeze(Object.keys(table) as IssueCode[]);

/** Narrows any value to an issue code. */
export function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === 'string' && Object.hasOwn(table, value);
}
