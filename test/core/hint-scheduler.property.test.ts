import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IssueCode } from '../../src/classifier';
import { createHintScheduler } from '../../src/core/hint-scheduler';

// Random camera streams (frames 16–300 ms apart, each with a few problems, none, or no report at
// all while the host pauses) against the promises live hints make to users.

const CODES: IssueCode[] = [
  'face.too_far',
  'face.too_close',
  'lighting.too_dark',
  'image.blurry',
  'face.not_found',
];
const OPTIONS = { minDisplayMs: 1200, settleMs: 400, staleMs: 2500, announceIntervalMs: 5000 };

const frame = fc.record({
  gap: fc.integer({ min: 16, max: 300 }),
  reported: fc.constantFrom(true, true, true, true, false),
  codes: fc.subarray(CODES, { maxLength: 3 }),
});

describe('live hint scheduler on random streams', () => {
  it('keeps each hint up for the minimum time, announces rarely, never shows a stale or unreported hint', () => {
    fc.assert(
      fc.property(fc.array(frame, { minLength: 1, maxLength: 300 }), (frames) => {
        const scheduler = createHintScheduler(OPTIONS);
        let now = 0;
        let shown: IssueCode | null = null;
        let shownAt = Number.NEGATIVE_INFINITY;
        let lastAnnounceAt = Number.NEGATIVE_INFINITY;
        let lastReportAt = Number.NEGATIVE_INFINITY;
        const seenAt = new Map<IssueCode, number>();
        for (const f of frames) {
          now += f.gap;
          if (f.reported) {
            scheduler.report(f.codes, now);
            lastReportAt = now;
            for (const code of f.codes) seenAt.set(code, now);
          }
          const state = scheduler.tick(now);
          if (state.current !== shown) {
            // A hint that was up stays for the minimum display time, whatever replaces it.
            if (shown !== null) expect(now - shownAt).toBeGreaterThanOrEqual(OPTIONS.minDisplayMs);
            shown = state.current;
            shownAt = now;
          }
          // Only a problem the stream reported recently is ever shown.
          if (state.current !== null) {
            const seen = seenAt.get(state.current);
            expect(seen).toBeDefined();
            expect(now - (seen ?? 0)).toBeLessThanOrEqual(OPTIONS.staleMs + OPTIONS.minDisplayMs + 300);
          }
          // The stream stopped long ago: nothing stale stays on screen.
          if (now - lastReportAt > OPTIONS.staleMs + OPTIONS.minDisplayMs) expect(state.current).toBeNull();
          // Announcements: the hint on screen only, at most one per interval.
          if (state.announce !== null) {
            expect(state.announce).toBe(state.current);
            expect(now - lastAnnounceAt).toBeGreaterThanOrEqual(OPTIONS.announceIntervalMs);
            lastAnnounceAt = now;
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
