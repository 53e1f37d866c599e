import type { IssueCode } from '../codes';
import { asCode, asRequestId, field, isObject, type Plain } from '../safe';
import type { Extracted, VendorModule } from '../types';

/**
 * Faceki KYC API ("Blaze"): named numeric codes, reported inside HTTP 200 bodies as well as with
 * HTTP errors.
 */
const codes: Record<string, IssueCode> = {
  '1': 'integration.auth', // UNAUTHORIZED/INVALID URL
  '400': 'integration.bad_request', // BAD_REQUEST
  '500': 'service.unavailable', // INTERNAL_SYSTEM_ERROR
  '5001': 'integration.config', // WORKFLOW_RULES_MISSING
  '5002': 'integration.bad_request', // INVALID_MISSING_REQUEST_FIELDS
  '5003': 'integration.config', // NOT_ENOUGH_WALLET_CREDIT
  '5004': 'liveness.failed', // SELFIE_LIVENESS_FAILED
  '5005': 'match.face_mismatch', // DOCUMENT_FACE_MATCH_FAILED
  '5006': 'document.side_missing', // REQUIRED_DOCUMENT_MISSING
  '5007': 'document.data_mismatch', // MISMATCH_AS_PER_RULES
  '5008': 'verification.rejected', // KYC_FAILED
  '5009': 'session.attempts_exhausted', // LINK_LIMIT_REACH
  '5010': 'document.expired', // EXPIRED_DOCUMENT
  '5011': 'document.unreadable', // EXPIRY_NOT_FOUND
  '5012': 'document.not_genuine', // DOCUMENT_LIVENESS_FAILED
  '5013': 'document.data_mismatch', // DOCUMENT_DATA_MISMATCH
  '5014': 'document.data_mismatch', // AGE_MISMATCH
  '8004': 'face.cropped', // FACE_CROPPED
  '8005': 'face.too_close', // FACE_TOO_CLOSED
  '8006': 'face.not_found', // FACE_NOT_FOUND
  '8007': 'face.off_center', // FACE_CLOSED_TO_BORDER
  '8008': 'face.too_far', // FACE_TOO_SMALL
  '8009': 'lighting.poor', // POOR_LIGHT_OR_COVERED_FACE
  '8024': 'session.already_verified', // USER_ALREADY_VERIFIED
};

// The same codes by name: bodies and logs carry either.
const names: Record<string, string> = {
  'UNAUTHORIZED/INVALID URL': '1',
  UNAUTHORIZED: '1',
  BAD_REQUEST: '400',
  INTERNAL_SYSTEM_ERROR: '500',
  WORKFLOW_RULES_MISSING: '5001',
  INVALID_MISSING_REQUEST_FIELDS: '5002',
  NOT_ENOUGH_WALLET_CREDIT: '5003',
  SELFIE_LIVENESS_FAILED: '5004',
  DOCUMENT_FACE_MATCH_FAILED: '5005',
  REQUIRED_DOCUMENT_MISSING: '5006',
  MISMATCH_AS_PER_RULES: '5007',
  KYC_FAILED: '5008',
  LINK_LIMIT_REACH: '5009',
  EXPIRED_DOCUMENT: '5010',
  EXPIRY_NOT_FOUND: '5011',
  DOCUMENT_LIVENESS_FAILED: '5012',
  DOCUMENT_DATA_MISMATCH: '5013',
  AGE_MISMATCH: '5014',
  FACE_CROPPED: '8004',
  FACE_TOO_CLOSED: '8005',
  FACE_NOT_FOUND: '8006',
  FACE_CLOSED_TO_BORDER: '8007',
  FACE_TOO_SMALL: '8008',
  POOR_LIGHT_OR_COVERED_FACE: '8009',
  USER_ALREADY_VERIFIED: '8024',
};

const SUCCESS_CODES = /* @__PURE__ */ new Set(['0', '200']);
const ACCEPTED = /^(accepted|approved|success|verified|passed)$/i;

function extract(body: Plain): Extracted | undefined {
  if (!isObject(body)) return undefined;
  const code = asCode(field(body, 'responseCode', 'code', 'errorCode'));
  const data = body.data;
  const decision =
    asCode(field(body, 'decision', 'result')) ?? (isObject(data) ? asCode(data.decision) : undefined);
  const requestId = asRequestId(field(body, 'requestId', 'request_id', 'referenceId'));
  const extra = requestId ? { requestId } : {};
  if (code && !SUCCESS_CODES.has(code)) return { codes: [names[code.toUpperCase()] ?? code], ...extra };
  // Blaze 3.0 failures: {"status":false,"message":"…","statusCode":422,"data":{}}
  const statusCode = Number(body.statusCode);
  if (body.status === false && Number.isInteger(statusCode))
    return { codes: [], httpStatus: statusCode, ...extra };
  // …and successes: {"status":true,"statusCode":200,"data":{…}}
  if (body.status === true && statusCode >= 200 && statusCode < 300)
    return { codes: [], success: true, ...extra };
  if (decision && ACCEPTED.test(decision)) return { codes: [], success: true, ...extra };
  if (code) return { codes: [], success: true, ...extra };
  return undefined;
}

function recognize(body: Plain): number {
  if (!isObject(body)) return 0;
  const code = asCode(field(body, 'responseCode', 'code'));
  if (code && (Object.hasOwn(codes, code) || Object.hasOwn(names, code.toUpperCase()))) {
    return 'responseCode' in body ? 3 : 2;
  }
  if (typeof body.status === 'boolean' && 'statusCode' in body && 'data' in body) return 3;
  return 'responseCode' in body ? 1 : 0;
}

export const faceki: VendorModule = {
  id: 'faceki',
  recognize,
  extract,
  codes: /* @__PURE__ */ withNames(),
};

/** The numeric table plus the same codes by name. */
function withNames(): Record<string, IssueCode> {
  const table: Record<string, IssueCode> = { ...codes };
  for (const [name, code] of Object.entries(names)) table[name] = codes[code] ?? 'unknown';
  return table;
}
