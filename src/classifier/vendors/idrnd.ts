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
  DOCUMENT_TOO_CLOSE_TO_BORDER: 'document.too_close',
  IMAGE_TOO_BLURRY: 'image.blurry',
  IMAGE_IS_TOO_COMPRESSED: 'image.low_resolution',
  POOR_IMAGE_EXPOSURE: 'lighting.poor',
  GLARE_ON_IMAGE: 'image.glare',
};

const STATUS = /^[A-Z][A-Z0-9_]+$/;

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
  const probability = body.probability;
  if (typeof probability === 'number')
    return probability > 0.5 ? { codes: [], success: true } : { codes: [], issue: 'liveness.failed' };
  return undefined;
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
