import { expect, test } from 'vitest';
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
