import type { IssueCode } from '../codes';
import { asCode, field, isObject, type Plain } from '../safe';
import type { Extracted, VendorModule } from '../types';

/** ID R&D IDLive Face: image quality statuses, also passed through by Innov8tif OkayFace/OkayLive. */
export const idrndStatuses: Record<string, IssueCode> = {
  FACE_TOO_CLOSE: 'face.too_close',
  FACE_CLOSE_TO_BORDER: 'face.off_center',
  FACE_CROPPED: 'face.cropped',
  FACE_IS_OCCLUDED: 'face.occluded',
  FACE_NOT_FOUND: 'face.not_found',
  TOO_MANY_FACES: 'face.multiple',
  FACE_TOO_SMALL: 'face.too_far',
  FACE_ANGLE_TOO_LARGE: 'face.angle',
  FAILED_TO_PREDICT_LANDMARKS: 'face.low_quality',
  EYES_CLOSED: 'face.eyes_not_visible',
  FAILED_TO_READ_IMAGE: 'file.corrupt',
  FAILED_TO_WRITE_IMAGE: 'service.unavailable',
  INVALID_CONFIG: 'integration.config',
  INVALID_META: 'integration.bad_request',
  LICENSE_ERROR: 'integration.config',
  // The IDLive Face SDK's engine statuses (`FaceSDK_C_Api.h`)
  FAILED_TO_PREPROCESS_IMAGE_WHILE_PREDICT: 'face.low_quality',
  FAILED_TO_PREPROCESS_IMAGE_WHILE_DETECT: 'face.low_quality',
  FAILED_TO_READ_MODEL: 'service.unavailable',
  FAILED_TO_ALLOCATE: 'service.unavailable',
  NO_SUCH_OBJECT_IN_BUILD: 'integration.config',
  NULLPTR: 'integration.bad_request',
  UNKNOWN: 'unknown',
};

/** IDLive Doc (document liveness) validation errors and quality warnings. */
export const idrndDocStatuses: Record<string, IssueCode> = {
  DOCUMENT_NOT_FOUND: 'document.not_found',
  DOCUMENT_PHOTO_NOT_FOUND: 'document.unreadable',
  DOCUMENT_CROPPED: 'document.cropped',
  RELATIVE_DOCUMENT_SIZE_LOWER_THAN_10_PERCENT: 'document.too_far',
  DOCUMENT_BORDERS_OUTSIDE_OF_FRAME: 'document.cropped',
  MULTIPLE_DOCUMENTS_IN_FRAME: 'document.multiple',
  // "too close to the frame border": re-centre it (as FACE_CLOSE_TO_BORDER), not move it back
  DOCUMENT_TOO_CLOSE_TO_BORDER: 'document.off_center',
  DOCUMENT_IS_COLORLESS: 'document.colorless',
  // The IDLive Doc SDK's other validation statuses (`ValidationStatusCode`), by their enum names
  DOCUMENT_TOO_SMALL: 'document.too_far',
  DOCUMENT_TOO_CLOSE_TO_CAMERA: 'document.too_close',
  TOO_MANY_DOCUMENTS: 'document.multiple',
  IMAGE_TOO_BLURRY: 'image.blurry',
  IMAGE_IS_TOO_COMPRESSED: 'image.low_resolution',
  POOR_IMAGE_EXPOSURE: 'lighting.poor',
  GLARE_ON_IMAGE: 'image.glare',
};

const STATUS = /^[A-Z][A-Z0-9_]+$/;

/** The quality below which a liveness answer is not to be trusted (ID R&D's and Innov8tif's guidance). */
const QUALITY_THRESHOLD = 0.5;

/** A liveness answer (`probability`, `quality`) that fails: unreliable first, then not live. */
export function livenessIssue(liveness: Plain | undefined): IssueCode | undefined {
  if (!isObject(liveness)) return undefined;
  const { probability, quality } = liveness;
  if (typeof quality === 'number' && quality < QUALITY_THRESHOLD) return 'face.low_quality';
  return typeof probability === 'number' && probability <= 0.5 ? 'liveness.failed' : undefined;
}

// Object.assign (marked pure), not spread: bundlers can then drop the table when the vendor is unused.
const all: Record<string, IssueCode> = /* @__PURE__ */ Object.assign({}, idrndStatuses, idrndDocStatuses);

/**
 * IDLive Face Server always answers 200: `{"error":"…","error_code":"FACE_TOO_SMALL"}` on a rejected
 * image, `{"probability","quality","score"}` otherwise. A probability at or below 0.5 is "not live"
 * by ID R&D's guidance.
 */
function extract(body: Plain): Extracted | undefined {
  if (!isObject(body)) return undefined;
  const code = asCode(field(body, 'error_code', 'errorCode'));
  if (code && STATUS.test(code)) {
    return {
      codes: [code],
      ...(Object.hasOwn(idrndDocStatuses, code) ? { subject: 'document' as const } : {}),
    };
  }
  if (typeof body.probability !== 'number') return undefined;
  const issue = livenessIssue(body);
  return issue ? { codes: [], issue } : { codes: [], success: true };
}

function recognize(body: Plain): number {
  if (!isObject(body)) return 0;
  const code = asCode(field(body, 'error_code', 'errorCode'));
  if (code) return Object.hasOwn(all, code.toUpperCase()) ? 3 : 1;
  if (typeof body.probability !== 'number' || typeof body.quality !== 'number') return 0;
  // IDLive Face's whole answer: probability, quality and score together are unmistakable.
  return typeof body.score === 'number' ? 3 : 2;
}

export const idrnd: VendorModule = {
  id: 'idrnd',
  recognize,
  extract,
  codes: all,
  ownsBareCode: (code) => STATUS.test(code) && Object.hasOwn(all, code),
};
