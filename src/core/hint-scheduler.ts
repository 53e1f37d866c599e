import { type IssueCode, isIssueCode, issueCodes } from '../classifier';

export interface HintSchedulerOptions {
  /** A hint stays at least this long, so text never flickers. @defaultValue 1 200 ms */
  readonly minDisplayMs?: number;
  /**
   * A new hint must be reported for this long (steadily) before it replaces the current one;
   * a code that flips back and forth between two values never wins. @defaultValue 400 ms
   */
  readonly settleMs?: number;
  /** Without reports for this long, the hint clears (the host stopped streaming). @defaultValue 2 500 ms */
  readonly staleMs?: number;
  /** At most one screen-reader announcement per this interval. @defaultValue 5 000 ms */
  readonly announceIntervalMs?: number;
}

export interface HintState {
  /** The hint on screen, or `null`. */
  readonly current: IssueCode | null;
  /** The hint to announce now, or `null` (announcements are throttled). */
  readonly announce: IssueCode | null;
}

/**
 * The no-flicker logic of live hints, with no React and no timers: the host (or a hook) feeds it
 * reports with their time, and asks it what to show at a given time.
 *
 * Each report is the set of problems one frame had; the most important (by priority) is the
 * candidate. The candidate replaces the shown hint only once it has been the candidate for
 * `settleMs` and the shown hint has been up for `minDisplayMs` (hysteresis). When candidates keep
 * changing (two problems alternating frame by frame) and none of them is the shown hint for
 * `settleMs`, the most important of them takes its place, and stays while it keeps coming back: a
 * user with two problems sees one steady hint, not nothing and not a stale one. Announcements go
 * out at most once per `announceIntervalMs`, for a hint that is still shown.
 */
export function createHintScheduler(options: HintSchedulerOptions = {}) {
  const minDisplayMs = options.minDisplayMs ?? 1200;
  const settleMs = options.settleMs ?? 400;
  const staleMs = options.staleMs ?? 2500;
  const announceIntervalMs = options.announceIntervalMs ?? 5000;

  let current: IssueCode | null = null;
  let shownAt = Number.NEGATIVE_INFINITY;
  let candidate: IssueCode | null = null;
  let candidateSince = 0;
  let lastReportAt = Number.NEGATIVE_INFINITY;
  let announced: IssueCode | null = null;
  let announcedAt = Number.NEGATIVE_INFINITY;
  // Since when the reports have not named the shown hint, and the most important code they named.
  let awaySince: number | null = null;
  let awayBest: IssueCode | null = null;

  function pick(codes: readonly unknown[]): IssueCode | null {
    let best: IssueCode | null = null;
    for (const code of codes) {
      if (!isIssueCode(code)) continue;
      if (!best || issueCodes[code].priority > issueCodes[best].priority) best = code;
    }
    return best;
  }

  return {
    /** Reports the problems seen in one frame (an empty list: the frame was fine). */
    report(codes: readonly unknown[], now: number): void {
      lastReportAt = now;
      const next = pick(codes);
      if (next !== candidate) {
        candidate = next;
        candidateSince = now;
      }
      if (next === current) awaySince = awayBest = null;
      else {
        awaySince ??= now;
        if (next && (!awayBest || issueCodes[next].priority > issueCodes[awayBest].priority)) awayBest = next;
      }
    },
    /** What to show and announce at `now`. Call on every report and on a timer. */
    tick(now: number): HintState {
      if (now - lastReportAt > staleMs) candidate = null;
      if (candidate !== current) {
        // Hysteresis: the candidate must have been steady for `settleMs` (a code flipping every
        // frame never settles) and the shown hint must have had its minimum time on screen.
        const settled = now - candidateSince >= settleMs;
        const shownLongEnough = current === null || now - shownAt >= minDisplayMs;
        // Alternating problems (there is still one now): the shown hint absent for `settleMs`.
        const away =
          candidate !== null && awayBest !== null && awaySince !== null && now - awaySince >= settleMs;
        if (shownLongEnough && (settled || away)) {
          current = settled ? candidate : awayBest;
          shownAt = now;
          awaySince = awayBest = null;
        }
      }
      let announce: IssueCode | null = null;
      if (
        current &&
        current !== announced &&
        now - announcedAt >= announceIntervalMs &&
        now - shownAt >= settleMs
      ) {
        announce = current;
        announced = current;
        announcedAt = now;
      }
      if (current === null) announced = null;
      return { current, announce };
    },
    reset(): void {
      current = null;
      candidate = null;
      awaySince = awayBest = null;
      announced = null;
      shownAt = Number.NEGATIVE_INFINITY;
      announcedAt = Number.NEGATIVE_INFINITY;
    },
  };
}

export type HintScheduler = ReturnType<typeof createHintScheduler>;
