import type { IssueCode } from '../codes';
import { asCode, asRequestId, field, isObject, type Plain } from '../safe';
import type { Extracted, VendorModule } from '../types';
import { idrndStatuses } from './idrnd';

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
    // OkayDoc / OkayID answer some failures with fixed sentences instead of codes.
    'Empty verification result. Suspected error during verification document.': 'document.not_found',
    'Error in verifying passport.': 'document.unreadable',
    'Error in processing': 'integration.bad_request',
    'Error in status': 'file.missing',
    'Request size exceed 5MB': 'file.too_large',
    'Internal Server Error': 'service.unavailable',
  },
  idrndStatuses,
);

/** OkayFace's recommended pass mark for the face-match confidence (0–100). */
const MATCH_THRESHOLD = 75;

function normalize(code: string): string {
  const colon = code.indexOf(':');
  return (colon > 0 ? code.slice(0, colon) : code).trim();
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
  const code = asCode(error);
  if (code) return { codes: [normalize(code)], ...extra };
  const status = asCode(body.status)?.toLowerCase();
  const message = asCode(body.message);
  if (status === 'error' && message) return { codes: [normalize(message)], ...extra };
  if (status && status !== 'success' && status !== 'ok')
    return { codes: [asCode(body.status) ?? 'error'], ...extra };
  // A face match below the vendor's recommended pass mark, or a liveness probability at or below
  // 0.5, is a failed check inside a successful call.
  const confidence = isObject(body.result_idcard) ? body.result_idcard.confidence : undefined;
  if (typeof confidence === 'number' && confidence < MATCH_THRESHOLD)
    return { codes: [], issue: 'match.face_mismatch', ...extra };
  const liveness = body.imageBestLiveness;
  if (isObject(liveness) && typeof liveness.probability === 'number' && liveness.probability <= 0.5) {
    return { codes: [], issue: 'liveness.failed', ...extra };
  }
  // A request id alone is no verdict: other vendors' bodies carry one under the same name.
  if (status || typeof confidence === 'number' || isObject(liveness))
    return { codes: [], success: true, ...extra };
  return undefined;
}

function recognize(body: Plain): number {
  if (!isObject(body)) return 0;
  if (typeof body.error === 'string' && !isJsonText(body.error)) return 'request_id' in body ? 3 : 2;
  if (asCode(body.status)?.toLowerCase() === 'error' && 'result' in body) return 3;
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
  fallback: (code) => errors[normalize(code).toUpperCase()],
};
