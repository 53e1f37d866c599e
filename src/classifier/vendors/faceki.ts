import type { IssueCode } from '../codes';
import { asCode, asRequestId, field, isObject, type Plain, type PlainObject } from '../safe';
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
  // The SDKs' `KYCErrorCodes` (faceki/blaze-android-sdk, faceki-kyc-android-revamp), read from
  // `responseCode` of the verification call; the public error page does not list them.
  '1000': 'service.unavailable', // INTERNAL_SYSTEM_ERROR
  '7001': 'integration.config', // NO_RULES_FOR_COMPANY
  '8001': 'file.missing', // NEED_REQUIRED_IMAGES
  '8002': 'verification.rejected', // DOCUMENT_VERIFY_FAILED
  '8003': 'session.cancelled', // PLEASE_TRY_AGAIN: "try the verification process again"
  '8010': 'verification.rejected', // ID_VERIFY_FAIL
  '8011': 'verification.rejected', // DL_VERIFY_FAIL
  '8012': 'verification.rejected', // PASSPORT_VERIFY_FAIL
  '8013': 'integration.bad_request', // DATA_NOT_FOUND
  '8014': 'session.expired', // INVALID_VERIFICATION_LINK
  '8015': 'session.expired', // VERIFICATION_LINK_EXPIRED
  '8016': 'service.unavailable', // FAIL_TO_GENERATE_LINK
  '8017': 'session.attempts_exhausted', // KYC_VERIFICATION_LIMIT_REACHED
  '8018': 'face.multiple', // SELFIE_MULTIPLE_FACES
  '8019': 'image.blurry', // FACE_BLUR
  '8020': 'document.side_missing', // MISSING_ID_CARD_DOCUMENT_WITH_RULES
  '8021': 'document.side_missing', // MISSING_PASSPORT_DOCUMENT_WITH_RULES
  '8022': 'document.side_missing', // MISSING_DL_DOCUMENT_WITH_RULES
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
const DECLINED = /^(declined|rejected)$/i;
const REVIEW = /^(review|pending)$/i;

function extract(body: Plain): Extracted | undefined {
  if (!isObject(body)) return undefined;
  const code = asCode(field(body, 'responseCode', 'code', 'errorCode'));
  const data = isObject(body.data) ? body.data : undefined;
  // Blaze 3.0 answers `{ status, code, result: { requestId, decision } }`; v2 `{ responseCode, data }`.
  const result = isObject(body.result) ? body.result : undefined;
  const decision =
    asCode(field(body, 'decision', 'result')) ??
    asCode(result?.decision ?? data?.decision) ??
    // The webhook: `{ requestId, status: "ACCEPTED" | "DECLINED" | "REVIEW", kycData }`
    asCode(typeof body.status === 'string' ? body.status : undefined);
  const requestId = asRequestId(
    field(body, 'requestId', 'request_id', 'referenceId') ?? result?.requestId ?? data?.requestId,
  );
  const extra = requestId ? { requestId } : {};
  if (code && !SUCCESS_CODES.has(code)) {
    const known = names[code.toUpperCase()] ?? code;
    // FACE_BLUR is a blurry selfie, not an upload in general.
    return { codes: [known], ...(known === '8019' ? { subject: 'selfie' as const } : {}), ...extra };
  }
  // Blaze 3.0 failures: {"status":false,"message":"…","statusCode":422,"data":{}}
  const statusCode = Number(body.statusCode);
  if (body.status === false && Number.isInteger(statusCode))
    return { codes: [], httpStatus: statusCode, ...extra };
  if (decision && DECLINED.test(decision)) return { codes: [], issue: 'verification.rejected', ...extra };
  if (decision && REVIEW.test(decision)) return { codes: [], issue: 'session.pending', ...extra };
  // KYC v2: a `responseCode` of 0 whose checks did not pass; with several documents, one result per
  // document (`idKycData`, `dlKycData`, `ppKycData`: each `{ responseCode, data }`) and the first
  // that failed decides.
  for (const kyc of [body, data?.idKycData, data?.dlKycData, data?.ppKycData]) {
    if (kyc !== body) {
      const failed = isObject(kyc) ? extract(kyc) : undefined;
      if (failed && !failed.success) return { ...failed, ...extra };
      continue;
    }
    const issue = failedCheck(data);
    if (issue) return { codes: [], issue, ...extra };
  }
  // …and successes: {"status":true,"statusCode":200,"data":{…}}
  if (body.status === true && statusCode >= 200 && statusCode < 300)
    return { codes: [], success: true, ...extra };
  if (decision && ACCEPTED.test(decision)) return { codes: [], success: true, ...extra };
  if (code) return { codes: [], success: true, ...extra };
  return undefined;
}

/**
 * What a KYC v2 verification that did not pass says about why (faceki's React Native SDK types):
 * an expired document, a face that does not match, a document photographed off a screen or a print
 * (`recapture_check`), or one whose data or image could not be read; otherwise a rejection.
 */
function failedCheck(data: PlainObject | undefined): IssueCode | undefined {
  const verification = isObject(data?.verification) ? data.verification : undefined;
  if (verification?.passed !== false) return undefined;
  const checks = isObject(verification.result) ? verification.result : {};
  const face = isObject(data?.face) ? data.face : {};
  const auth = isObject(data?.authentication) ? data.authentication : {};
  const failed = (name: string) => isObject(auth[name]) && (auth[name] as PlainObject).passed === false;
  if (checks.notexpired === false) return 'document.expired';
  if (checks.face === false || face.isIdentical === false) return 'match.face_mismatch';
  if (failed('recapture_check')) return 'document.screen';
  if (failed('image_quality') || failed('data_visibility')) return 'document.unreadable';
  return 'verification.rejected';
}

function recognize(body: Plain): number {
  if (!isObject(body)) return 0;
  const code = asCode(field(body, 'responseCode', 'code'));
  if (code && (Object.hasOwn(codes, code) || Object.hasOwn(names, code.toUpperCase()))) {
    return 'responseCode' in body ? 3 : 2;
  }
  if (typeof body.status === 'boolean' && (('statusCode' in body && 'data' in body) || 'appVersion' in body))
    return 3;
  return 'responseCode' in body || 'kycData' in body ? 1 : 0;
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
