import type { Issue } from '../classifier';

export interface RetryPolicy {
  /**
   * Attempts per subject (the first capture included) before the panel offers the fallback instead
   * of another retry. @defaultValue 3
   */
  readonly maxAttempts?: number;
  /** Wait when a rate limit gives no `Retry-After`. @defaultValue 30 000 ms */
  readonly rateLimitDefaultMs?: number;
  /** First backoff delay for `service.unavailable`. @defaultValue 2 000 ms */
  readonly backoffBaseMs?: number;
  /** Longest backoff delay. @defaultValue 60 000 ms */
  readonly backoffMaxMs?: number;
  /**
   * The longest wait counted down: a longer `Retry-After` is capped to it (if the service still
   * refuses then, its answer starts a new wait). @defaultValue 10 min
   */
  readonly maxWaitMs?: number;
  /**
   * After this long, a retry still running says so ("taking longer than usual, keep this page
   * open"), on screen and once to screen readers, so that a user on a slow network does not give
   * up or reload. 0 turns it off. @defaultValue 10 000 ms
   */
  readonly slowRetryMs?: number;
}

export const defaultRetryPolicy: Required<RetryPolicy> = Object.freeze({
  maxAttempts: 3,
  rateLimitDefaultMs: 30_000,
  backoffBaseMs: 2_000,
  backoffMaxMs: 60_000,
  maxWaitMs: 10 * 60_000,
  slowRetryMs: 10_000,
});

/**
 * The policy with every field a usable number: one left `undefined`, or that is not a finite number
 * of at least 0 (at least 1 for `maxAttempts`, which is rounded down), takes its default. A policy
 * built from configuration that lacks a value must still end in a fallback, never loop forever.
 */
export function resolveRetryPolicy(policy?: RetryPolicy): Required<RetryPolicy> {
  const p: Record<string, number> = { ...defaultRetryPolicy };
  for (const key in p) {
    const value = (policy as Record<string, unknown> | undefined)?.[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= (key === 'maxAttempts' ? 1 : 0))
      p[key] = key === 'maxAttempts' ? Math.floor(value) : value;
  }
  return p as Required<RetryPolicy>;
}

/**
 * How long to wait before the user may retry `issue`, in ms (0: at once).
 *
 * - A `Retry-After` (header or body) is respected as given (an `Issue` built by hand with a
 *   negative or non-finite `retryAfterMs` is read as having none).
 * - `service.rate_limited` without one waits `rateLimitDefaultMs`.
 * - `service.unavailable` backs off exponentially with full jitter (AWS's "Exponential Backoff And
 *   Jitter"): a random delay in [base·2^(n-1)/2, base·2^(n-1)], capped, so that many phones
 *   recovering from the same outage do not retry in lockstep.
 *
 * `serviceRetries` is how many times the user already retried this service issue; `random` is
 * injectable for tests.
 */
export function retryDelayMs(
  issue: Issue,
  serviceRetries: number,
  policy: RetryPolicy = {},
  random: () => number = Math.random,
): number {
  const p = resolveRetryPolicy(policy);
  const cap = (ms: number) => Math.max(0, Math.min(Math.round(ms), p.maxWaitMs));
  const after = issue.retryAfterMs;
  if (typeof after === 'number' && after >= 0 && after <= Number.MAX_VALUE) return cap(after);
  if (issue.code === 'service.rate_limited') return cap(p.rateLimitDefaultMs);
  if (issue.code === 'service.unavailable') {
    if (serviceRetries <= 0) return 0;
    const ceiling = Math.min(p.backoffMaxMs, p.backoffBaseMs * 2 ** (serviceRetries - 1));
    return cap(ceiling / 2 + (random() * ceiling) / 2);
  }
  return 0;
}

/** Whether retrying this issue uses up one of the subject's capture attempts. */
export function countsAsAttempt(issue: Issue): boolean {
  return issue.action === 'recapture';
}
