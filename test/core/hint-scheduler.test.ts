import { describe, expect, it } from 'vitest';
import { createHintScheduler } from '../../src/core/hint-scheduler';

/** Feeds one report per frame at `fps` and records what is shown and announced. */
function run(frames: readonly (readonly string[])[], fps = 10, options = {}) {
  const scheduler = createHintScheduler(options);
  const shown: (string | null)[] = [];
  const announced: string[] = [];
  frames.forEach((codes, i) => {
    const now = (i * 1000) / fps;
    scheduler.report(codes, now);
    const state = scheduler.tick(now);
    shown.push(state.current);
    if (state.announce) announced.push(state.announce);
  });
  return { shown, announced, changes: shown.filter((s, i) => i > 0 && s !== shown[i - 1]).length };
}

const repeat = <T>(value: T, n: number): T[] => Array.from({ length: n }, () => value);

describe('hint scheduler', () => {
  it('does not flicker when two codes alternate every frame', () => {
    const alternating = Array.from({ length: 60 }, (_, i) => (i % 2 ? ['face.too_close'] : ['face.too_far']));
    const { changes } = run([...repeat(['face.too_far'], 10), ...alternating]);
    expect(changes).toBeLessThanOrEqual(1);
  });

  it('still shows a hint when two problems alternate from the start, the more important one, steadily', () => {
    // face.not_found (priority 70) and lighting.too_dark (60), one per frame, nothing shown before
    const alternating = Array.from({ length: 40 }, (_, i) =>
      i % 2 ? ['lighting.too_dark'] : ['face.not_found'],
    );
    const { shown, changes } = run(alternating);
    expect(shown.at(-1)).toBe('face.not_found');
    expect(shown.indexOf('face.not_found') * 100).toBeLessThanOrEqual(600);
    expect(changes).toBe(1);
  });

  it('leaves a hint that is no longer reported when two other problems alternate', () => {
    const alternating = Array.from({ length: 40 }, (_, i) =>
      i % 2 ? ['image.blurry'] : ['lighting.too_dark'],
    );
    const { shown, changes } = run([...repeat(['face.too_far'], 10), ...alternating]);
    expect(shown[9]).toBe('face.too_far');
    expect(shown.at(-1)).toBe('lighting.too_dark');
    expect(changes).toBe(2);
  });

  it('does not bring up a problem seen once on its way to no problem', () => {
    const { shown } = run([...repeat(['face.too_far'], 15), ['image.blurry'], ...repeat([], 30)]);
    expect(shown).not.toContain('image.blurry');
    expect(shown.at(-1)).toBeNull();
  });

  it('keeps each hint up for the minimum display time', () => {
    const { shown } = run([...repeat(['face.too_far'], 6), ...repeat(['face.too_close'], 30)], 10, {
      minDisplayMs: 2000,
      settleMs: 300,
    });
    const firstFar = shown.indexOf('face.too_far');
    const firstClose = shown.indexOf('face.too_close');
    expect(firstFar).toBeGreaterThanOrEqual(0);
    expect((firstClose - firstFar) * 100).toBeGreaterThanOrEqual(2000);
  });

  it('shows the most important problem of a frame', () => {
    const { shown } = run(repeat(['image.blurry', 'face.not_found', 'lighting.too_dark'], 20));
    expect(shown.at(-1)).toBe('face.not_found');
  });

  it('ignores a one-frame blip', () => {
    const { shown } = run([...repeat([], 10), ['face.too_close'], ...repeat([], 10)]);
    expect(shown.every((s) => s === null)).toBe(true);
  });

  it('announces at most once per interval, and not again for the same hint', () => {
    const stream = [
      ...repeat(['face.too_far'], 20),
      ...repeat(['face.too_close'], 20),
      ...repeat(['face.too_far'], 20),
      ...repeat(['image.blurry'], 60),
    ];
    const { announced } = run(stream, 10, { announceIntervalMs: 5000 });
    expect(announced.length).toBeLessThanOrEqual(3);
    expect(announced[0]).toBe('face.too_far');
  });

  it('clears when the stream goes stale, and ignores codes it does not know', () => {
    const scheduler = createHintScheduler({ staleMs: 1000 });
    for (let t = 0; t <= 1000; t += 100) scheduler.report(['face.too_far', 'not-a-code', 42], t);
    expect(scheduler.tick(1000).current).toBe('face.too_far');
    expect(scheduler.tick(5000).current).toBeNull();
  });
});
