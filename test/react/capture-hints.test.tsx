import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCaptureFeedbackI18nSync } from '../../src/i18n';
import {
  CaptureFeedbackProvider,
  type CaptureHints,
  CaptureHintsViewport,
  useCaptureHints,
} from '../../src/index';

let hints: CaptureHints;
function Harness() {
  hints = useCaptureHints({ minDisplayMs: 1000, settleMs: 300, announceIntervalMs: 4000 });
  return <CaptureHintsViewport hints={hints} />;
}

/** Reports `codes` every 100 ms for `ms`; returns the hint text seen on screen after each frame. */
async function stream(codes: string[] | ((i: number) => string[]), ms: number): Promise<string[]> {
  const seen: string[] = [];
  for (let t = 0; t < ms; t += 100) {
    await act(async () => {
      hints.report(typeof codes === 'function' ? codes(t / 100) : codes);
      vi.advanceTimersByTime(100);
    });
    seen.push(document.querySelector('.cf-hint')?.textContent ?? '');
  }
  return seen;
}

describe('useCaptureHints + CaptureHintsViewport', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the most important hint, holds it, and does not flicker between two codes', async () => {
    render(
      <CaptureFeedbackProvider i18n={createCaptureFeedbackI18nSync()}>
        <Harness />
      </CaptureFeedbackProvider>,
    );
    const first = await stream(['face.too_far', 'image.blurry'], 600);
    expect(first.at(-1)).toBe('Move closer');
    expect(screen.getByRole('region', { name: /Capture tips/ })).toBeInTheDocument();
    const flicker = await stream((i) => (i % 2 ? ['face.too_close'] : ['face.too_far']), 2000);
    expect(new Set(flicker)).toEqual(new Set(['Move closer']));
    // A steady new problem takes over once the minimum display time has passed.
    const steady = await stream(['face.too_close'], 1500);
    expect(steady.at(-1)).toBe('Move back a little');
  });

  it('announces through one polite live region, at most once per interval', async () => {
    const { container } = render(
      <CaptureFeedbackProvider i18n={createCaptureFeedbackI18nSync()}>
        <Harness />
      </CaptureFeedbackProvider>,
    );
    const live = container.ownerDocument.querySelector('p[aria-live="polite"]');
    expect(live).not.toBeNull();
    const announcements: string[] = [];
    const record = () => {
      const text = live?.textContent ?? '';
      if (text && announcements.at(-1) !== text) announcements.push(text);
    };
    for (const codes of [['face.too_far'], ['face.too_close'], ['face.too_far'], ['face.too_close']]) {
      for (let t = 0; t < 1500; t += 100) {
        await act(async () => {
          hints.report(codes);
          vi.advanceTimersByTime(100);
        });
        record();
      }
    }
    // 6 s of changing hints, one announcement per 4 s at most.
    expect(announcements.length).toBeLessThanOrEqual(2);
    expect(announcements[0]).toBe('Move closer');
  });
});
