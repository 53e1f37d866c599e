import { expect, test, vi } from 'vitest';
import type { IssueCode } from '../../src/classifier/codes';
import { createFrameAnalyzer } from '../../src/precheck';
import { card } from './synthetic';

/** A playing `<video>` fed by a canvas stream whose brightness the test controls. */
async function cameraLike() {
  const source = card(640, 480);
  const stage = document.createElement('canvas');
  stage.width = 640;
  stage.height = 480;
  const ctx = stage.getContext('2d') as CanvasRenderingContext2D;
  let brightness = 1;
  let running = true;
  const draw = () => {
    if (!running) return;
    ctx.filter = `brightness(${brightness})`;
    ctx.drawImage(source, 0, 0);
    requestAnimationFrame(draw);
  };
  draw();
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stage.captureStream(30);
  document.body.append(video);
  await video.play();
  return {
    video,
    setBrightness: (value: number) => {
      brightness = value;
    },
    dispose: () => {
      running = false;
      video.remove();
    },
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('createFrameAnalyzer samples a live video at fps and reports codes; stop ends it', async () => {
  const camera = await cameraLike();
  const reports: IssueCode[][] = [];
  const analyzer = createFrameAnalyzer(camera.video, {
    fps: 8,
    subject: 'document',
    onResult: (codes, result) => {
      reports.push(codes);
      expect(result.width).toBe(640);
    },
  });
  const started = performance.now();
  analyzer.start();
  analyzer.start(); // no-op while running
  // Conditions, not wall-clock sleeps: a loaded CI machine may be slow, never faster than fps.
  await expect.poll(() => reports.length, { timeout: 5000 }).toBeGreaterThanOrEqual(3);
  expect(reports.length).toBeLessThanOrEqual(((performance.now() - started) / 1000) * 8 + 2);
  expect(reports.at(-1)).toEqual([]);
  camera.setBrightness(0.25);
  await expect.poll(() => reports.at(-1), { timeout: 5000 }).toEqual(['lighting.too_dark']);
  analyzer.stop();
  const count = reports.length;
  await wait(400);
  expect(reports.length).toBe(count);
  camera.dispose();
});

test('timer fallback without requestVideoFrameCallback, and frames of a video not ready are skipped', async () => {
  const camera = await cameraLike();
  const video = camera.video as HTMLVideoElement & { requestVideoFrameCallback?: unknown };
  Object.defineProperty(video, 'requestVideoFrameCallback', { value: undefined });
  const reports: IssueCode[][] = [];
  const analyzer = createFrameAnalyzer(video, {
    subject: 'selfie',
    onResult: (codes) => reports.push(codes),
  });
  const started = performance.now();
  analyzer.start();
  await expect.poll(() => reports.length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
  analyzer.stop();
  // 4 fps by default: never more often than that, however fast the machine.
  expect(reports.length).toBeLessThanOrEqual(((performance.now() - started) / 1000) * 4 + 2);
  camera.dispose();

  const idle = document.createElement('video');
  let called = 0;
  const skipped = createFrameAnalyzer(idle, { subject: 'selfie', onResult: () => called++ });
  skipped.start();
  await wait(400);
  skipped.stop();
  expect(called).toBe(0);
});

test('with a worker, frames are measured off the main thread and the result is the same', async () => {
  const camera = await cameraLike();
  const worker = new Worker(new URL('../../src/precheck/worker.ts', import.meta.url), { type: 'module' });
  const reports: IssueCode[][] = [];
  const analyzer = createFrameAnalyzer(camera.video, {
    fps: 8,
    subject: 'document',
    worker,
    onResult: (codes, result) => {
      reports.push(codes);
      expect(result.width).toBe(640);
      expect(result.metrics?.width).toBe(512);
    },
  });
  analyzer.start();
  await expect.poll(() => reports.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  expect(reports.at(-1)).toEqual([]);
  camera.setBrightness(0.25);
  await expect.poll(() => reports.at(-1), { timeout: 10_000 }).toEqual(['lighting.too_dark']);
  analyzer.stop();
  const count = reports.length;
  await wait(400);
  expect(reports.length).toBe(count);
  // A message that is not the analyzer's is ignored by the worker (it answers nothing).
  const stray = new Promise((resolve) => {
    worker.addEventListener('message', () => resolve('answered'), { once: true });
    setTimeout(() => resolve('ignored'), 300);
  });
  worker.postMessage({ type: 'host-message' });
  expect(await stray).toBe('ignored');
  worker.terminate();
  camera.dispose();
});

test('a worker that never answers: after workerTimeout, frames are measured on the main thread', async () => {
  const camera = await cameraLike();
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  // a stand-in that takes the frames and says nothing (the API takes any Worker-like object)
  const posted: unknown[] = [];
  const silent = {
    addEventListener() {},
    removeEventListener() {},
    postMessage: (message: unknown) => posted.push(message),
  } as unknown as Worker;
  const reports: IssueCode[][] = [];
  const analyzer = createFrameAnalyzer(camera.video, {
    fps: 8,
    subject: 'document',
    worker: silent,
    workerTimeout: 300,
    onResult: (codes, result) => {
      reports.push(codes);
      expect(result.metrics?.width).toBe(512);
    },
  });
  analyzer.start();
  await expect.poll(() => posted.length, { timeout: 5000 }).toBe(1);
  await expect.poll(() => reports.length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
  expect(reports.at(-1)).toEqual([]);
  // one frame handed over, then no more: the worker was dropped, once
  expect(posted).toHaveLength(1);
  expect(warn).toHaveBeenCalledTimes(1);
  camera.setBrightness(0.25);
  await expect.poll(() => reports.at(-1), { timeout: 5000 }).toEqual(['lighting.too_dark']);
  analyzer.stop();
  warn.mockRestore();
  camera.dispose();
});

test('a worker that fails (an error event): frames are measured on the main thread at once', async () => {
  const camera = await cameraLike();
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const script = URL.createObjectURL(
    new Blob(['self.onmessage = () => { throw new Error("boom"); };'], { type: 'text/javascript' }),
  );
  const failing = new Worker(script);
  failing.addEventListener('error', (event) => event.preventDefault()); // keep the console quiet
  const reports: IssueCode[][] = [];
  const analyzer = createFrameAnalyzer(camera.video, {
    fps: 8,
    subject: 'document',
    worker: failing,
    workerTimeout: 60_000, // the error, not the timeout, makes it fall back
    onResult: (codes) => reports.push(codes),
  });
  analyzer.start();
  await expect.poll(() => reports.length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
  expect(reports.at(-1)).toEqual([]);
  expect(warn).toHaveBeenCalledTimes(1);
  analyzer.stop();
  warn.mockRestore();
  failing.terminate();
  URL.revokeObjectURL(script);
  camera.dispose();
});

test('stop and start inside onResult do not leave a second sampling loop behind', async () => {
  const camera = await cameraLike();
  // frame callbacks the test fires itself, to count how many are waiting
  const waiting = new Map<number, () => void>();
  let handles = 0;
  Object.defineProperties(camera.video, {
    requestVideoFrameCallback: {
      value: (callback: () => void) => waiting.set(++handles, callback) && handles,
    },
    cancelVideoFrameCallback: { value: (handle: number) => waiting.delete(handle) },
  });
  const frame = () => {
    const due = [...waiting.values()];
    waiting.clear();
    for (const callback of due) callback();
  };
  let results = 0;
  const analyzer = createFrameAnalyzer(camera.video, {
    fps: 50,
    subject: 'document',
    onResult: () => {
      if (++results > 1) return;
      analyzer.stop();
      analyzer.start();
    },
  });
  analyzer.start();
  expect(waiting.size).toBe(1);
  frame(); // analysed, and restarted from onResult
  expect(results).toBe(1);
  expect(waiting.size).toBe(1);
  for (let i = 0; i < 3; i++) {
    await wait(40);
    frame();
    expect(waiting.size).toBe(1);
  }
  expect(results).toBe(4);
  analyzer.stop();
  expect(waiting.size).toBe(0);
  camera.dispose();
});
