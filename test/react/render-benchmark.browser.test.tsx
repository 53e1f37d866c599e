// Benchmark in real Chromium: how long the feedback panel takes to appear once the vendor's answer
// is in (classify, translate, render and commit, synchronously), on this machine's CPU and with the
// CPU slowed down 4 times through the DevTools protocol (Lighthouse's stand-in for a mid-range
// phone). Prints the figures; asserts only that the panel rendered, never on timing.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { afterAll, expect, test } from 'vitest';
import { cdp } from 'vitest/browser';
import { createCaptureFeedbackI18nSync } from '../../src/i18n';
import { CaptureFeedback, CaptureFeedbackProvider } from '../../src/index';
import '../../src/styles.css';

const RUNS = 21;
const i18n = createCaptureFeedbackI18nSync();
const bodies = [
  { Response: { Error: { Code: 'FailedOperation.ActionFaceFar' }, RequestId: 'ed93f3cb-f35e' } },
  { Response: { WarnCardInfos: [-9108, -9101], RequestId: 'r-1' } },
  { error: { code: 'DOCUMENT_QUALITY', message: 'blurry', field: 'document' }, request_id: 'req_1' },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? Number.NaN;
}

/** Milliseconds from a vendor body to the panel in the DOM (first render of a fresh root). */
function mountOnce(body: unknown): number {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const start = performance.now();
  flushSync(() =>
    root.render(
      <CaptureFeedbackProvider i18n={i18n}>
        <CaptureFeedback error={body} onRetry={() => {}} autoFocus={false} />
      </CaptureFeedbackProvider>,
    ),
  );
  const ms = performance.now() - start;
  expect(container.querySelector('.cf-panel')?.textContent).toBeTruthy();
  root.unmount();
  container.remove();
  return ms;
}

function measure(): { ms: number; max: number } {
  for (const body of bodies) mountOnce(body); // warm-up (JIT, style)
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(mountOnce(bodies[i % bodies.length]));
  return { ms: median(samples), max: Math.max(...samples) };
}

afterAll(async () => {
  await cdp().send('Emulation.setCPUThrottlingRate', { rate: 1 });
});

test('benchmark: vendor body to rendered panel', async () => {
  const fast = measure();
  await cdp().send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const slow = measure();
  await cdp().send('Emulation.setCPUThrottlingRate', { rate: 1 });
  console.log(
    `[bench] panel from a vendor body, median of ${RUNS}: ${fast.ms.toFixed(2)} ms (max ${fast.max.toFixed(2)}); ` +
      `CPU 4× slower: ${slow.ms.toFixed(2)} ms (max ${slow.max.toFixed(2)})`,
  );
  expect(Number.isFinite(fast.ms) && Number.isFinite(slow.ms)).toBe(true);
});
