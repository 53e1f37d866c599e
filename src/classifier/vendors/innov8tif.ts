import type { IssueCode } from '../codes';
import { asCode, asRequestId, field, isObject, type Plain } from '../safe';
import type { Extracted, VendorModule } from '../types';
import { idrndStatuses, livenessIssue } from './idrnd';

/**
 * Innov8tif OkayFace / OkayLive (face match and liveness). Two body shapes, both inside HTTP 200:
 * `{"error":"FACE_NOT_FOUND","request_id":"…"}` and `{"status":"error","message":"API_KEY_EXPIRED","result":null}`.
 * Errors with an argument (`MISSING_ARGUMENT: apiKey`) are matched by the part before the colon.
 */
const errors: Record<string, IssueCode> = /* @__PURE__ */ Object.assign(
  {
    MISSING_ARGUMENT: 'integration.bad_request',
    MISSING_ARGUMENTS: 'file.missing',
    INVALID_API_KEY: 'integration.auth',
    API_KEY_EXPIRED: 'integration.auth',
    MAX_API_CALL_EXCEEDED: 'integration.config',
    PAYLOAD_TOO_LARGE: 'file.too_large',
    'Photo format error': 'file.unsupported_format',
    INVALID_JOURNEY_ID: 'session.expired',
    ERROR_IDV_EXPIRED: 'integration.config',
    UNRECOGNIZED_IMAGE: 'document.unreadable',
    UNSUPPORTED_COUNTRY: 'document.unsupported',
    // The eKYC portal's error list (api2-ekycportal.innov8tif.com/emas-ekyc-portal/error-list)
    MAX_JOURNEY_EXCEEDED: 'integration.config',
    MISSING_PARAM_CRENDENTIAL: 'integration.auth', // sic
    USERNAME_NOT_EXIST: 'integration.auth',
    INCORRECT_PASSWORD: 'integration.auth',
    UNEXPECTED_ERROR: 'service.unavailable',
    INTEG_ERROR: 'integration.config',
    UNRESOLVED_PIC_CONTENT: 'file.corrupt',
    // OkayDoc / OkayID answer some failures with fixed sentences instead of codes (matched without
    // the final full stop, which the samples sometimes have and sometimes not).
    'Empty verification result. Suspected error during verification document': 'document.not_found',
    'Error in verifying passport': 'document.unreadable',
    'Error in processing': 'integration.bad_request',
    'Error in status': 'file.missing',
    'Request size exceed 5MB': 'file.too_large',
    'Internal Server Error': 'service.unavailable',
    // …and OkayLive (okaylive-all/error-lists)
    'Failed to decode image': 'file.unsupported_format',
    "Can't read image from bytes": 'file.corrupt',
    'Failed to detect face': 'face.not_found',
    'Failed while detecting face': 'face.low_quality',
    'Failed while predict landmarks': 'face.low_quality',
    'Failed to crop face': 'face.too_close',
    'Face image is too small': 'face.too_far',
    'Failed to convert image': 'service.unavailable',
    'Failed to predict result': 'service.unavailable',
  },
  idrndStatuses,
);

/**
 * OkayFace's recommended pass mark for the face-match confidence: 75 on the 0–100 scale of V2, V3,
 * Centralized OkayFace and OkayFace Plus. The old V4 and V4-1 (api-old docs only) scored on another
 * scale, passing above 1.0, with the same body: nothing tells them apart, and reading low scores on
 * V4's scale would turn a clear V2 mismatch (a confidence of 5) into a success. V4 is not read.
 */
const MATCH_THRESHOLD = 75;

function normalize(code: string): string {
  const colon = code.indexOf(':');
  return (colon > 0 ? code.slice(0, colon) : code).trim().replace(/\.$/, '');
}

/** A JSON document in a string (a backend that wrapped another vendor's answer as text). */
const isJsonText = (value: Plain | undefined) => typeof value === 'string' && /^\s*[{[]/.test(value);

function extract(body: Plain): Extracted | undefined {
  if (!isObject(body)) return undefined;
  const requestId = asRequestId(field(body, 'request_id', 'requestId'));
  const extra = requestId ? { requestId } : {};
  // Innov8tif's `error` is a code string: an object there (`{"error":{"code":…}}`) is another
  // vendor's shape, even with a `request_id` beside it.
  const error = body.error;
  if (isJsonText(error) || (error && typeof error === 'object' && Object.keys(error).length > 0))
    return undefined;
  // `{"error":"Interpupillary distance is too small","error_code":"FACE_TOO_SMALL"}`: the code decides.
  const code = asCode(field(body, 'error_code', 'errorCode')) ?? asCode(error);
  if (code) return { codes: [normalize(code)], ...extra };
  const status = asCode(body.status)?.toLowerCase();
  const message = asCode(body.message) ?? asCode(body.statusMessage);
  if (status === 'error' && message) return { codes: [normalize(message)], ...extra };
  // Get Document Type and OkayID answer an image they cannot read with no type, or no result.
  if (
    (status === 'error' && body.document_type === null) ||
    (status === 'success' && 'images' in body && body.result === null)
  )
    return { codes: [], issue: 'document.unreadable', subject: 'document', ...extra };
  if (status && status !== 'success' && status !== 'ok')
    return { codes: [asCode(body.status) ?? 'error'], ...extra };
  // A face match below the vendor's recommended pass mark, or a liveness probability at or below
  // 0.5, is a failed check inside a successful call.
  const confidence = isObject(body.result_idcard) ? body.result_idcard.confidence : undefined;
  if (typeof confidence === 'number' && confidence < MATCH_THRESHOLD)
    return { codes: [], issue: 'match.face_mismatch', ...extra };
  const liveness = body.imageBestLiveness;
  const live = livenessIssue(liveness);
  if (live) return { codes: [], issue: live, ...extra };
  // OkayFace Plus also checks that the picture came from a real camera (not an injected stream).
  const capture = body.imageBestCaptureLiveness;
  if (isObject(capture) && typeof capture.probability === 'number' && capture.probability <= 0.5)
    return { codes: [], issue: 'liveness.spoof_suspected', ...extra };
  // A request id alone is no verdict: other vendors' bodies carry one under the same name.
  if (status || typeof confidence === 'number' || isObject(liveness))
    return { codes: [], success: true, ...extra };
  return undefined;
}

function recognize(body: Plain): number {
  if (!isObject(body)) return 0;
  if (typeof body.error === 'string' && !isJsonText(body.error)) return 'request_id' in body ? 3 : 2;
  if (asCode(body.status)?.toLowerCase() === 'error' && ('result' in body || 'statusMessage' in body))
    return 3;
  if ('messageCode' in body || 'result_idcard' in body || 'imageBestLiveness' in body) return 3;
  if ('request_id' in body) return 2;
  return 0;
}

export const innov8tif: VendorModule = {
  id: 'innov8tif',
  recognize,
  extract,
  codes: errors,
  // `MISSING_ARGUMENT: apiKey` as a bare code: the part before the colon decides.
  fallback: (code) => {
    const key = normalize(code);
    return errors[key] ?? errors[key.toUpperCase()];
  },
};
