import type { IssueCode } from './codes';
import { asCode, read } from './safe';
import type { ClassifyOptions } from './types';

/**
 * Errors the browser throws: `getUserMedia` `DOMException`s (with the legacy names older Chrome and
 * Firefox used), `fetch` failures (`TypeError`), aborts and time-outs.
 */
const byName: Record<string, IssueCode> = {
  NotAllowedError: 'camera.permission_denied',
  PermissionDeniedError: 'camera.permission_denied',
  SecurityError: 'camera.unsupported',
  NotFoundError: 'camera.not_found',
  DevicesNotFoundError: 'camera.not_found',
  OverconstrainedError: 'camera.not_found',
  ConstraintNotSatisfiedError: 'camera.not_found',
  NotReadableError: 'camera.in_use',
  TrackStartError: 'camera.in_use',
  NotSupportedError: 'camera.unsupported',
  TimeoutError: 'network.timeout',
  NetworkError: 'network.offline',
  QuotaExceededError: 'file.too_large',
  EncodingError: 'file.corrupt',
};

// The messages `fetch` rejects with when the request never got an answer: Chrome, Firefox, Safari.
const FETCH_FAILED =
  /^(Failed to fetch|NetworkError when attempting to fetch resource\.?|Load failed|Network request failed)/i;

function offline(): boolean {
  try {
    return typeof navigator !== 'undefined' && navigator.onLine === false;
  } catch {
    return false;
  }
}

/** The issue for a thrown browser error, or `undefined` when `value` is not one. */
export function browserIssue(value: unknown, options: ClassifyOptions): IssueCode | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const name = asCode(read(value, 'name'));
  if (!name) return undefined;
  if (name === 'AbortError') {
    // getUserMedia: the camera failed to start. A request: aborted, almost always by a time-out.
    return options.source === 'camera' ? 'camera.in_use' : 'network.timeout';
  }
  if (name === 'TypeError') {
    const message = asCode(read(value, 'message'));
    if (message && FETCH_FAILED.test(message)) return 'network.offline';
    if (options.source === 'camera') return offline() ? 'network.offline' : 'camera.unsupported';
    return undefined;
  }
  const hit = Object.hasOwn(byName, name) ? byName[name] : undefined;
  if (hit === 'network.offline' || hit === 'network.timeout') return offline() ? 'network.offline' : hit;
  return hit;
}

export { offline as isOffline };
