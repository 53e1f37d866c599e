/**
 * `capture-feedback/precheck/worker`: runs the frame checks off the main thread. Create it with
 * your bundler's worker syntax and hand it to `createFrameAnalyzer(video, { worker })`:
 *
 * @example
 * const worker = new Worker(new URL('capture-feedback/precheck/worker', import.meta.url), { type: 'module' });
 * createFrameAnalyzer(video, { subject: 'selfie', worker, onResult: (codes) => hints.report(codes) }).start();
 *
 * Each message carries an `ImageBitmap` of one frame (transferred, not copied); the worker
 * downscales it on an `OffscreenCanvas`, measures, and answers with the `PrecheckResult`.
 */
import { precheckImage } from './image';
import { type FrameRequest, type FrameResponse, MESSAGE_TYPE } from './protocol';

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  postMessage(message: FrameResponse): void;
};

scope.addEventListener('message', (event: MessageEvent) => {
  const request = event.data as FrameRequest | undefined;
  if (request?.type !== MESSAGE_TYPE) return; // someone else's message on a shared worker
  const result = precheckImage(request.bitmap, { subject: request.subject, thresholds: request.thresholds });
  request.bitmap.close();
  scope.postMessage({ type: MESSAGE_TYPE, id: request.id, result });
});
