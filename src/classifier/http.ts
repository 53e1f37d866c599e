import type { IssueCode } from './codes';
import { asCode, read } from './safe';

/** One day: a longer `Retry-After` is a vendor bug, not a wait we ask a user to sit through. */
const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

/** Reads a header from a `Headers`, a `Map`, or a plain object (any case); never throws. */
export function header(headers: unknown, name: string): string | undefined {
  if (headers === null || typeof headers !== 'object') return undefined;
  const get = read(headers, 'get');
  if (typeof get === 'function') {
    try {
      const value = get.call(headers, name);
      if (typeof value === 'string') return value;
    } catch {
      // a hostile `get`; try it as a plain object below
    }
  }
  const lower = name.toLowerCase();
  let keys: string[] = [];
  try {
    keys = Object.keys(headers);
  } catch {
    return undefined;
  }
  for (const key of keys) {
    if (key.toLowerCase() !== lower) continue;
    const value = read(headers, key);
    const text = Array.isArray(value) ? value[0] : value;
    return asCode(text);
  }
  return undefined;
}

/**
 * `Retry-After` as milliseconds: delay-seconds (`120`) or an HTTP date, relative to `now`. Invalid,
 * negative or absurd values give `undefined`; a date in the past gives 0.
 */
export function parseRetryAfter(value: unknown, now: number = Date.now()): number | undefined {
  const text = asCode(value);
  if (text === undefined) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return clamp(Number(text) * 1000);
  if (text.length > 64 || !/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : clamp(at - now);
}

function clamp(ms: number): number | undefined {
  if (!Number.isFinite(ms) || ms < 0) return ms < 0 ? 0 : undefined;
  return Math.min(Math.round(ms), MAX_RETRY_AFTER_MS);
}

/** The wait from response headers: `Retry-After`, else `X-RateLimit-Reset` (epoch seconds). */
export function retryAfterFromHeaders(headers: unknown, now: number): number | undefined {
  const retryAfter = parseRetryAfter(header(headers, 'retry-after'), now);
  if (retryAfter !== undefined) return retryAfter;
  const reset = Number(header(headers, 'x-ratelimit-reset'));
  // Epoch seconds only (some APIs send a delta here; a small number is ambiguous, so ignore it).
  if (Number.isFinite(reset) && reset > 1e9 && reset < 1e11) return clamp(reset * 1000 - now);
  return undefined;
}

/** What an HTTP status alone says. 2xx and 3xx say nothing went wrong. */
export function issueForStatus(status: number): IssueCode | undefined {
  if (!Number.isInteger(status) || status < 0 || status > 999) return 'unknown';
  if (status === 0) return 'network.offline'; // an opaque or failed fetch
  if (status < 400) return undefined;
  switch (status) {
    case 401:
    case 403:
    case 407:
      return 'integration.auth';
    case 408:
      return 'network.timeout';
    case 413:
      return 'file.too_large';
    case 415:
      return 'file.unsupported_format';
    case 429:
      return 'service.rate_limited';
    case 402:
      return 'integration.config';
    default:
      return status < 500 ? 'integration.bad_request' : 'service.unavailable';
  }
}
