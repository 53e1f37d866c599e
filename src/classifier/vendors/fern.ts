import type { IssueCode } from '../codes';
import { asCode, asRequestId, field, isObject, type Plain } from '../safe';
import type { Extracted, VendorModule } from '../types';

/**
 * Fern Customer Verification API: real HTTP statuses and `{"error":{"code","message","details","field"}}`,
 * with `retryAfter` in the body and a `Retry-After` header on 429.
 */
const codes: Record<string, IssueCode> = {
  AUTHENTICATION_FAILED: 'integration.auth',
  // The integration's JWT ("refresh JWT token using your authentication flow"), not the user's session
  TOKEN_EXPIRED: 'integration.auth',
  INSUFFICIENT_PERMISSIONS: 'integration.auth',
  VALIDATION_ERROR: 'integration.bad_request',
  INVALID_FIELD_FORMAT: 'details.invalid',
  INVALID_DOCUMENT_FORMAT: 'file.unsupported_format',
  RESOURCE_NOT_FOUND: 'integration.bad_request',
  // Mostly a customer still UNDER_REVIEW: Fern's own advice to show is "in progress, please wait"
  RESOURCE_CONFLICT: 'session.pending',
  DUPLICATE_RESOURCE: 'integration.bad_request',
  RATE_LIMIT_EXCEEDED: 'service.rate_limited',
  VERIFICATION_FAILED: 'verification.rejected',
  DOCUMENT_QUALITY_INSUFFICIENT: 'document.unreadable',
  INTERNAL_SERVER_ERROR: 'service.unavailable',
  SERVICE_UNAVAILABLE: 'service.unavailable',
  WEBHOOK_SIGNATURE_INVALID: 'integration.auth',
  WEBHOOK_DELIVERY_FAILED: 'integration.config',
  UNDER_REVIEW: 'session.pending',
  NEEDS_ADDITIONAL_INFORMATION: 'verification.more_info_needed',
  REJECTED: 'verification.rejected',
  DEACTIVATED: 'verification.rejected',
  PENDING: 'session.pending', // the older status name
  // `verificationIssues[].code` of a customer (docs: verification issues)
  DOCUMENT_MISSING_BACK: 'document.side_missing',
  DOCUMENT_MISSING_FRONT: 'document.side_missing',
  DOCUMENT_NUMBER_UNREADABLE: 'document.unreadable',
  DOCUMENT_EXPIRED: 'document.expired',
  DOC_QUALITY_POOR: 'document.unreadable',
};

// Form fields the user typed in: a format error there is theirs to fix, anywhere else it is ours.
const USER_FIELDS =
  /^(firstName|lastName|middleName|name|dateOfBirth|phoneNumber|email|postalCode|address.*|city|state|country|nationality|taxId|ssn)$/i;
const REQUEST_ID = /\breq_[A-Za-z0-9]{4,64}\b/;

/** A customer object's `customerStatus`: the outcome, when the call itself succeeded. */
const statuses: Record<string, IssueCode | null> = {
  CREATED: null,
  ACTIVE: null,
  UNDER_REVIEW: 'session.pending',
  NEEDS_ADDITIONAL_INFORMATION: 'verification.more_info_needed',
  REJECTED: 'verification.rejected',
  DEACTIVATED: 'verification.rejected',
  PENDING: 'session.pending',
};

/** A webhook (`{ type: "customer.updated", resource: { customerStatus, … } }`) or the customer itself. */
const customerOf = (body: Plain) => (isObject(body) && isObject(body.resource) ? body.resource : body);

function extract(whole: Plain): Extracted | undefined {
  const body = customerOf(whole);
  if (!isObject(body)) return undefined;
  const status = asCode(body.customerStatus);
  const error = isObject(body.error) ? body.error : undefined;
  const code = asCode(error?.code);
  // No error code (no `error`, or an empty one beside the customer): the status decides, after the
  // verification issues that say why (`DOCUMENT_EXPIRED`), which are more precise.
  if (!error || !code) {
    if (!status) return undefined;
    if (statuses[status] === null) return { codes: [], success: true };
    const found = Array.isArray(body.verificationIssues) ? body.verificationIssues : [];
    const issues = found
      .map((item) => asCode(isObject(item) ? item.code : item))
      .filter((c) => c !== undefined);
    return { codes: [...issues, status], ...(issues.length ? { subject: 'document' as const } : {}) };
  }
  const fieldName = asCode(error.field);
  const retryAfter = Number(field(error, 'retryAfter') ?? field(body, 'retryAfter'));
  // The request id is sometimes only inside `details` ("Request ID: req_abc123xyz"): take the token,
  // never the text around it.
  const details = asCode(error.details);
  const requestId = asRequestId(
    field(error, 'requestId') ?? field(body, 'requestId') ?? details?.match(REQUEST_ID)?.[0],
  );
  const userField = fieldName && /^[A-Za-z][A-Za-z0-9_.]{0,63}$/.test(fieldName) ? fieldName : undefined;
  const validation = code === 'VALIDATION_ERROR' || code === 'INVALID_FIELD_FORMAT';
  return {
    codes: [code],
    ...(validation
      ? { issue: userField && USER_FIELDS.test(userField) ? 'details.invalid' : 'integration.bad_request' }
      : {}),
    ...(requestId ? { requestId } : {}),
    ...(Number.isFinite(retryAfter) && retryAfter >= 0 ? { retryAfterSeconds: retryAfter } : {}),
    ...(userField ? { field: userField } : {}),
  };
}

function recognize(whole: Plain): number {
  const body = customerOf(whole);
  if (!isObject(body)) return 0;
  const status = asCode(body.customerStatus);
  if (status && Object.hasOwn(statuses, status)) return 3;
  if (!isObject(body.error)) return 0;
  const code = asCode(body.error.code);
  if (!code) return 0;
  return Object.hasOwn(codes, code) ? 3 : 2;
}

export const fern: VendorModule = {
  id: 'fern',
  recognize,
  extract,
  codes,
};
