import { describe, expect, it } from 'vitest';
import { issueFromCode } from '../../src/classifier';
import {
  countsAsAttempt,
  defaultRetryPolicy,
  resolveRetryPolicy,
  retryDelayMs,
} from '../../src/core/retry-policy';

describe('retryDelayMs', () => {
  it('respects Retry-After as given, capped at the maximum wait', () => {
    expect(retryDelayMs(issueFromCode('service.rate_limited', { retryAfterMs: 42_000 }), 0)).toBe(42_000);
    expect(retryDelayMs(issueFromCode('service.rate_limited', { retryAfterMs: 86_400_000 }), 0)).toBe(
      600_000,
    );
    expect(retryDelayMs(issueFromCode('service.rate_limited'), 0, { rateLimitDefaultMs: 5000 })).toBe(5000);
  });

  it('backs off exponentially with full jitter for service.unavailable', () => {
    const unavailable = issueFromCode('service.unavailable');
    expect(retryDelayMs(unavailable, 0)).toBe(0);
    // random() = 0 gives the lower half of the window, 1 the ceiling.
    expect(retryDelayMs(unavailable, 1, { backoffBaseMs: 1000 }, () => 0)).toBe(500);
    expect(retryDelayMs(unavailable, 1, { backoffBaseMs: 1000 }, () => 1)).toBe(1000);
    expect(retryDelayMs(unavailable, 3, { backoffBaseMs: 1000 }, () => 1)).toBe(4000);
    expect(retryDelayMs(unavailable, 20, { backoffBaseMs: 1000, backoffMaxMs: 30_000 }, () => 1)).toBe(
      30_000,
    );
    const spread = new Set(Array.from({ length: 50 }, () => retryDelayMs(unavailable, 4)));
    expect(spread.size).toBeGreaterThan(10);
  });

  it('does not make capture issues wait', () => {
    expect(retryDelayMs(issueFromCode('face.too_close'), 5)).toBe(0);
    expect(countsAsAttempt(issueFromCode('face.too_close'))).toBe(true);
    expect(countsAsAttempt(issueFromCode('network.offline'))).toBe(false);
  });

  it('reads a hand-built retryAfterMs that is negative or not finite as absent', () => {
    for (const retryAfterMs of [Number.NaN, -5, Number.POSITIVE_INFINITY])
      expect(retryDelayMs({ ...issueFromCode('service.rate_limited'), retryAfterMs }, 0)).toBe(30_000);
  });
});

describe('resolveRetryPolicy', () => {
  it('keeps the defaults for undefined, non-number, negative and non-finite values', () => {
    const broken = {
      maxAttempts: undefined,
      rateLimitDefaultMs: Number.NaN,
      backoffBaseMs: -1,
      backoffMaxMs: Number.POSITIVE_INFINITY,
      maxWaitMs: '10' as unknown as number,
    };
    expect(resolveRetryPolicy(broken)).toEqual(defaultRetryPolicy);
    expect(resolveRetryPolicy({ maxAttempts: 0 }).maxAttempts).toBe(3);
    expect(resolveRetryPolicy({ maxAttempts: 2.7 }).maxAttempts).toBe(2);
    expect(resolveRetryPolicy(undefined)).toEqual(defaultRetryPolicy);
  });
});
