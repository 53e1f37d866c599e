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

type Row = readonly [Category, Subject, Action, Severity, number, sensitive?: 'sensitive'];

const table = {
  // face (selfie framing)
  'face.not_found': ['face', 'selfie', 'recapture', 'error', 70],
  'face.multiple': ['face', 'selfie', 'recapture', 'error', 69],
  'face.too_close': ['face', 'selfie', 'recapture', 'error', 66],
  'face.too_far': ['face', 'selfie', 'recapture', 'error', 66],
  'face.off_center': ['face', 'selfie', 'recapture', 'error', 65],
  'face.cropped': ['face', 'selfie', 'recapture', 'error', 65],
  'face.angle': ['face', 'selfie', 'recapture', 'error', 63],
  'face.occluded': ['face', 'selfie', 'recapture', 'error', 64],
  'face.mask': ['face', 'selfie', 'recapture', 'error', 64],
  'face.eyes_not_visible': ['face', 'selfie', 'recapture', 'error', 62],
  'face.mouth_not_visible': ['face', 'selfie', 'recapture', 'error', 62],
  'face.expression': ['face', 'selfie', 'recapture', 'warning', 55],
  'face.low_quality': ['face', 'selfie', 'recapture', 'error', 50],
  // lighting
  'lighting.too_dark': ['lighting', 'selfie', 'recapture', 'error', 60],
  'lighting.too_bright': ['lighting', 'selfie', 'recapture', 'error', 60],
  'lighting.poor': ['lighting', 'selfie', 'recapture', 'error', 58],
  // image quality (selfie or document: the caller's subject refines it)
  'image.blurry': ['image', 'upload', 'recapture', 'error', 52],
  'image.glare': ['image', 'document', 'recapture', 'error', 54],
  'image.low_resolution': ['image', 'upload', 'recapture', 'error', 51],
  'image.bad_dimensions': ['image', 'upload', 'recapture', 'error', 51],
  // document
  'document.not_found': ['document', 'document', 'recapture', 'error', 70],
  'document.cropped': ['document', 'document', 'recapture', 'error', 67],
  'document.too_far': ['document', 'document', 'recapture', 'error', 66],
  'document.too_close': ['document', 'document', 'recapture', 'error', 66],
  'document.off_center': ['document', 'document', 'recapture', 'error', 65],
  'document.angle': ['document', 'document', 'recapture', 'error', 63],
  'document.covered': ['document', 'document', 'recapture', 'error', 64],
  'document.multiple': ['document', 'document', 'recapture', 'error', 69],
  'document.wrong_side': ['document', 'document', 'recapture', 'error', 68],
  'document.side_missing': ['document', 'document', 'recapture', 'error', 68],
  'document.unreadable': ['document', 'document', 'recapture', 'error', 49],
  'document.colorless': ['document', 'document', 'recapture', 'error', 47],
  'document.photocopy': ['document', 'document', 'recapture', 'error', 46, 'sensitive'],
  'document.screen': ['document', 'document', 'recapture', 'error', 46, 'sensitive'],
  'document.tampered': ['document', 'document', 'use_another_document', 'error', 40, 'sensitive'],
  'document.not_genuine': ['document', 'document', 'use_another_document', 'error', 40, 'sensitive'],
  'document.expired': ['document', 'document', 'use_another_document', 'error', 44],
  'document.unsupported': ['document', 'document', 'use_another_document', 'error', 45],
  'document.data_mismatch': ['document', 'none', 'review_details', 'error', 38],
  // liveness
  'liveness.failed': ['liveness', 'video', 'recapture', 'error', 36],
  'liveness.spoof_suspected': ['liveness', 'video', 'recapture', 'error', 35, 'sensitive'],
  'liveness.blink_missing': ['liveness', 'video', 'recapture', 'error', 42],
  'liveness.mouth_missing': ['liveness', 'video', 'recapture', 'error', 42],
  'liveness.movement_missing': ['liveness', 'video', 'recapture', 'error', 42],
  'liveness.lip_movement_small': ['liveness', 'video', 'recapture', 'error', 41],
  'liveness.timeout': ['liveness', 'video', 'recapture', 'error', 43],
  // video
  'video.too_short': ['video', 'video', 'recapture', 'error', 48],
  'video.low_quality': ['video', 'video', 'recapture', 'error', 48],
  'video.invalid': ['video', 'video', 'recapture', 'error', 48],
  'video.upload_failed': ['video', 'video', 'retry', 'error', 75],
  // voice
  'voice.not_detected': ['voice', 'voice', 'recapture', 'error', 47],
  'voice.too_quiet': ['voice', 'voice', 'recapture', 'error', 46],
  'voice.not_recognized': ['voice', 'voice', 'recapture', 'error', 45],
  // match
  'match.face_mismatch': ['match', 'selfie', 'recapture', 'error', 34, 'sensitive'],
  // file
  'file.too_large': ['file', 'upload', 'recapture', 'error', 72],
  'file.unsupported_format': ['file', 'upload', 'recapture', 'error', 72],
  'file.corrupt': ['file', 'upload', 'recapture', 'error', 72],
  'file.missing': ['file', 'upload', 'recapture', 'error', 73],
  // details the user typed in (a form field the vendor rejected); added for Fern's field errors
  'details.invalid': ['details', 'none', 'review_details', 'error', 37],
  // camera and device
  'camera.permission_denied': ['camera', 'device', 'retry', 'error', 95],
  'camera.not_found': ['camera', 'device', 'retry', 'error', 95],
  'camera.in_use': ['camera', 'device', 'retry', 'error', 94],
  'camera.unsupported': ['camera', 'device', 'contact_support', 'error', 93],
  'device.orientation': ['device', 'device', 'none', 'warning', 90],
  'device.browser_unsupported': ['device', 'device', 'contact_support', 'error', 92],
  // network and service
  'network.offline': ['network', 'none', 'retry', 'error', 100],
  'network.timeout': ['network', 'none', 'retry', 'error', 99],
  'service.rate_limited': ['service', 'none', 'wait', 'warning', 98],
  'service.unavailable': ['service', 'none', 'retry', 'error', 97],
  // session and outcome
  'session.expired': ['session', 'none', 'restart', 'error', 89],
  'session.attempts_exhausted': ['session', 'none', 'contact_support', 'error', 88],
  'session.already_verified': ['session', 'none', 'none', 'info', 80],
  'session.pending': ['session', 'none', 'wait', 'info', 81],
  'session.cancelled': ['session', 'none', 'restart', 'warning', 82],
  'verification.rejected': ['verification', 'none', 'contact_support', 'error', 30],
  // the vendor asks for more information before it can decide (Fern's NEEDS_ADDITIONAL_INFORMATION)
  'verification.more_info_needed': ['verification', 'none', 'review_details', 'warning', 31],
  // not fixable by the end user
  'integration.auth': ['integration', 'none', 'contact_support', 'error', 86],
  'integration.config': ['integration', 'none', 'contact_support', 'error', 85],
  'integration.bad_request': ['integration', 'none', 'contact_support', 'error', 84],
  unknown: ['unknown', 'none', 'retry', 'error', 1],
} as const satisfies Record<string, Row>;

/** Every normalized issue code. */
export type IssueCode = keyof typeof table;

/** The code table: every issue code with its metadata. */
export const issueCodes: Readonly<Record<IssueCode, IssueMeta>> = Object.freeze(
  Object.fromEntries(
    Object.entries(table).map(([code, row]) => {
      const [category, subject, action, severity, priority, sensitive] = row as Row;
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
