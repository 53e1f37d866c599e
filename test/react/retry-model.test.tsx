import { act, cleanup, fireEvent, render } from '@testing-library/react';
import fc from 'fast-check';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type IssueCode, issueFromCode } from '../../src/classifier';
import { createCaptureFeedbackI18nSync } from '../../src/i18n';
import { CaptureFeedback, CaptureFeedbackProvider } from '../../src/index';

// Model-based test (fast-check commands): random sequences of clicks, retries that succeed, fail
// again or reject, new errors from outside, late settlements and time passing. The documented
// design: one retry at a time; a *different* failure shown meanwhile releases the retry in flight
// (the host has reported its outcome), the same failure does not. After every step: the button is
// busy exactly while the current retry is pending, a ready button starts exactly one retry, a busy
// or waiting one none, a wait always ends, and a countdown never shows a negative number.

interface Pending {
  resolve: () => void;
  reject: () => void;
  released: boolean;
}

interface World {
  pendings: Pending[];
  calls: number;
  shown: string;
  shownIndex: number | null;
  /** Retries started per attempt subject while a capture issue was shown. */
  started: Map<string, number>;
  setError: (error: unknown) => void;
}

const MAX_ATTEMPTS = 4;
/** The attempt subject of a capture issue (attempts are counted per subject), else null. */
const captureSubject = (index: number | null) => {
  if (index === null) return null;
  const issue = issueOf(index);
  return issue.action === 'recapture' ? issue.subject : null;
};

/** The retry the panel is waiting for: the last one started, unless a different failure released it. */
const current = (w: World) => w.pendings.find((p) => !p.released) ?? null;

const ISSUES: readonly [IssueCode, number | undefined][] = [
  ['face.too_far', undefined],
  ['document.cropped', undefined],
  ['service.rate_limited', 3_000],
  ['service.rate_limited', undefined],
  ['service.unavailable', undefined],
  ['network.offline', undefined],
  ['integration.auth', undefined],
];
const issueOf = (index: number) => {
  const [code, retryAfterMs] = ISSUES[index % ISSUES.length] ?? ['unknown', undefined];
  return issueFromCode(code, retryAfterMs ? { retryAfterMs } : {});
};
const keyOf = (index: number | null) =>
  index === null ? 'none' : JSON.stringify(ISSUES[index % ISSUES.length]);

/** Shows another error (or none); a different one releases the retry in flight. */
function show(w: World, index: number | null) {
  const key = keyOf(index);
  if (key !== w.shown) for (const p of w.pendings) p.released = true;
  w.shown = key;
  w.shownIndex = index;
  w.setError(index === null ? null : issueOf(index));
}

function Harness({ world }: { world: World }) {
  const [error, setError] = useState<unknown>(issueOf(0));
  world.setError = setError;
  return (
    <CaptureFeedback
      error={error}
      onRetry={() => {
        world.calls++;
        const subject = captureSubject(world.shownIndex);
        if (subject) world.started.set(subject, (world.started.get(subject) ?? 0) + 1);
        return new Promise<void>((resolve, reject) => {
          const pending: Pending = {
            released: false,
            resolve: () => {
              world.pendings = world.pendings.filter((p) => p !== pending);
              resolve();
            },
            reject: () => {
              world.pendings = world.pendings.filter((p) => p !== pending);
              reject(new Error('upload failed'));
            },
          };
          world.pendings.push(pending);
        });
      }}
    />
  );
}

const flush = () => act(async () => {});
const button = () => document.querySelector<HTMLButtonElement>('.cf-panel button.cf-primary');
const panel = () => document.querySelector<HTMLElement>('.cf-panel');

function checkInvariants(world: World) {
  const root = panel();
  if (!root) return;
  const state = root.dataset.state;
  // Busy exactly while the current retry is pending.
  if (current(world)) expect(state).toBe('retrying');
  else expect(state).not.toBe('retrying');
  // Attempts: a capture issue offers its fallbacks exactly once its retries are used up, and no
  // retry is ever started beyond them.
  for (const count of world.started.values()) expect(count).toBeLessThanOrEqual(MAX_ATTEMPTS - 1);
  const subject = captureSubject(world.shownIndex);
  if (subject && state !== 'retrying')
    expect(state === 'exhausted').toBe((world.started.get(subject) ?? 0) >= MAX_ATTEMPTS - 1);
  const primary = button();
  if (primary) {
    expect(primary.getAttribute('aria-disabled') === 'true').toBe(state !== 'ready');
    const seconds = /(-?\d+)/.exec(primary.textContent ?? '')?.[1];
    if (state === 'waiting' && seconds !== undefined) expect(Number(seconds)).toBeGreaterThanOrEqual(0);
  }
}

type Command = fc.AsyncCommand<object, World>;
const always = () => true;
const cmd = (
  name: string,
  run: (w: World) => Promise<void>,
  check: (w: World) => boolean = always,
): Command => ({
  check: (_m) => true,
  run: async (_m, w) => {
    if (!check(w)) return;
    await run(w);
    await flush();
    checkInvariants(w);
  },
  toString: () => name,
});

const commands = [
  fc.constant(
    cmd('click', async (w) => {
      const primary = button();
      if (!primary) return;
      const before = w.calls;
      const ready = primary.getAttribute('aria-disabled') !== 'true';
      await act(async () => {
        fireEvent.click(primary);
      });
      // A busy or waiting button does nothing; a ready one starts exactly one retry.
      expect(w.calls - before).toBe(ready ? 1 : 0);
    }),
  ),
  // The host's retry settles after showing its outcome: another failure, or none (it worked).
  fc.option(fc.integer({ min: 0, max: ISSUES.length - 1 })).map((i) =>
    cmd(i === null ? 'retry works' : `retry fails again with ${ISSUES[i]?.[0]}`, async (w) => {
      await act(async () => {
        const retry = current(w);
        show(w, i);
        retry?.resolve();
      });
    }),
  ),
  fc.constant(
    cmd('retry promise rejects', async (w) => {
      await act(async () => {
        current(w)?.reject();
      });
    }),
  ),
  fc.constant(
    cmd('a released retry settles late', async (w) => {
      await act(async () => {
        w.pendings.find((p) => p.released)?.resolve();
      });
    }),
  ),
  fc.integer({ min: 0, max: ISSUES.length - 1 }).map((i) =>
    cmd(`new error ${ISSUES[i]?.[0]}`, async (w) => {
      await act(async () => {
        show(w, i);
      });
    }),
  ),
  fc.integer({ min: 1, max: 70_000 }).map((ms) =>
    cmd(`${ms} ms pass`, async () => {
      await act(async () => {
        vi.advanceTimersByTime(ms);
      });
    }),
  ),
];

/** A fresh world, showing the first issue in a panel with `MAX_ATTEMPTS`. */
async function mountWorld(): Promise<World> {
  const world: World = {
    pendings: [],
    calls: 0,
    shown: keyOf(0),
    shownIndex: 0,
    started: new Map(),
    setError: () => {},
  };
  render(
    <CaptureFeedbackProvider
      i18n={createCaptureFeedbackI18nSync()}
      retryPolicy={{ maxAttempts: MAX_ATTEMPTS, backoffMaxMs: 60_000 }}
    >
      <Harness world={world} />
    </CaptureFeedbackProvider>,
  );
  await flush();
  return world;
}

describe('retry state machine under random sequences', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('never overlaps retries, never sticks busy, always ends a wait', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 25 }), async (sequence) => {
        const world = await mountWorld();
        await fc.asyncModelRun(() => ({ model: {}, real: world }), sequence);
        // Whatever happened, once the host's retry settles and enough time passes, the panel is
        // usable again (or gone, or showing its fallbacks).
        await act(async () => {
          for (const p of [...world.pendings]) p.reject();
        });
        await flush();
        await act(async () => {
          vi.advanceTimersByTime(700_000);
        });
        await flush();
        const state = panel()?.dataset.state;
        if (state !== undefined) expect(['ready', 'exhausted']).toContain(state);
        cleanup();
      }),
      { numRuns: 100 },
    );
  });
  it('a released retry that settles late does not end the retry that followed it', async () => {
    const world = await mountWorld();
    const click = () => act(async () => fireEvent.click(button() as HTMLButtonElement));
    await click(); // retry 1 pending
    await act(async () => show(world, 1)); // a different failure: retry 1 released
    await flush();
    await click(); // retry 2 pending
    expect(world.calls).toBe(2);
    expect(panel()?.dataset.state).toBe('retrying');
    await act(async () => world.pendings[0]?.resolve()); // retry 1 settles, late
    await flush();
    expect(panel()?.dataset.state).toBe('retrying');
    await click(); // still busy: no third call while retry 2 is pending
    expect(world.calls).toBe(2);
  });
});
