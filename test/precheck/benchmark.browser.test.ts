// Benchmark in real Chromium: milliseconds per 12-megapixel photo and per 1080p frame for precheckImage
// (downscaled to 512 px), against a naive full-resolution computation of the same metrics in the same run.
// Prints the figures; asserts only that both paths ran and agree on the verdict, never on timing.
import { expect, test } from 'vitest';
import { judgeMetrics, measurePixels, precheckImage } from '../../src/precheck';
import { card } from './synthetic';

const RUNS = 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? Number.NaN;
}

function time(run: () => unknown): { ms: number; min: number; max: number } {
  run(); // warm-up (JIT, scratch canvas)
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), min: Math.min(...samples), max: Math.max(...samples) };
}

/** The same metrics without downscaling: read every pixel, grey, Laplacian and glare at full size. */
function naive(source: HTMLCanvasElement) {
  const ctx = source.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
  const data = ctx.getImageData(0, 0, source.width, source.height).data;
  const metrics = measurePixels(data, source.width, source.height, Number.POSITIVE_INFINITY);
  return judgeMetrics(metrics, 'document');
}

async function videoOf(source: HTMLCanvasElement): Promise<HTMLVideoElement> {
  const video = document.createElement('video');
  video.muted = true;
  video.srcObject = source.captureStream(30);
  document.body.append(video);
  await video.play();
  // repaint so the stream keeps producing frames
  const ctx = source.getContext('2d') as CanvasRenderingContext2D;
  ctx.fillRect(0, 0, 1, 1);
  await new Promise((resolve) => setTimeout(resolve, 300));
  return video;
}

test('benchmark: precheckImage (512 px) against naive full resolution', async () => {
  const photo = card(4000, 3000);
  const frame = card(1920, 1080);
  const photoBitmap = await createImageBitmap(photo);
  const frameVideo = await videoOf(frame);
  expect(frameVideo.videoWidth).toBe(1920);

  const rows: [string, ReturnType<typeof time>][] = [
    [
      '12 MP photo, precheckImage(ImageBitmap)',
      time(() => precheckImage(photoBitmap, { subject: 'document' })),
    ],
    ['12 MP photo, precheckImage(canvas)', time(() => precheckImage(photo, { subject: 'document' }))],
    ['12 MP photo, naive full resolution', time(() => naive(photo))],
    ['1080p frame, precheckImage(<video>)', time(() => precheckImage(frameVideo, { subject: 'document' }))],
    ['1080p frame, precheckImage(canvas)', time(() => precheckImage(frame, { subject: 'document' }))],
    ['1080p frame, naive full resolution', time(() => naive(frame))],
  ];
  // With a worker, the main thread only starts an ImageBitmap of the frame and transfers it.
  rows.push([
    '1080p frame, main thread with a worker',
    time(() => {
      void createImageBitmap(frameVideo).then((bitmap) => bitmap.close());
    }),
  ]);

  // JS part alone (grey + stats + Laplacian + glare on 512 × 384 RGBA), to split the cost
  const small = new Uint8ClampedArray(512 * 384 * 4).map((_, i) => (i * 7919) & 255);
  rows.push(['measurePixels only, 512 × 384', time(() => measurePixels(small, 512, 384))]);

  console.log(
    [
      `precheck benchmark (median of ${RUNS} runs, ms; min–max) — ${navigator.userAgent}`,
      ...rows.map(
        ([name, t]) =>
          `${name.padEnd(44)} ${t.ms.toFixed(2).padStart(8)}  (${t.min.toFixed(2)}–${t.max.toFixed(2)})`,
      ),
    ].join('\n'),
  );

  // sanity only: both paths ran and agree on the clean card
  for (const [, t] of rows) expect(t.ms).toBeGreaterThanOrEqual(0);
  expect(precheckImage(photoBitmap, { subject: 'document' }).issues).toEqual([]);
  expect(naive(photo).map((issue) => issue.code)).not.toContain('lighting.too_dark');
  frameVideo.remove();
});
