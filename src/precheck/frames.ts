import type { IssueCode } from '../classifier/codes';
import type { ImageThresholds } from './analyze';
import { precheckImage } from './image';
import { type FrameRequest, type FrameResponse, MESSAGE_TYPE } from './protocol';
import type { PrecheckResult, PrecheckSubject } from './types';

export interface FrameAnalyzerOptions {
  /** Frames analysed per second. @defaultValue 4 */
  readonly fps?: number;
  readonly subject: PrecheckSubject;
  readonly thresholds?: Partial<ImageThresholds>;
  /**
   * Called with the codes of each analysed frame (an empty list: the frame was fine), ready for a
   * live-hints `report(codes)`, and the full result (measured values, metrics).
   */
  readonly onResult: (codes: IssueCode[], result: PrecheckResult) => void;
  /**
   * A worker running `capture-feedback/precheck/worker`: frames are then measured off the main
   * thread (the main thread only grabs an `ImageBitmap` and transfers it). While the worker is busy
   * with one frame, newer frames are skipped rather than queued. If the worker fires `error` or
   * `messageerror`, or leaves a frame unanswered for `workerTimeout`, the analyzer stops using it
   * (for good, with a `console.warn`) and measures on the main thread: `onResult` keeps coming. The
   * worker is not terminated: it is yours.
   */
  readonly worker?: Worker;
  /**
   * Milliseconds the worker has to answer a frame before the analyzer falls back to the main thread.
   * The first frame also waits for the worker's script to load. @defaultValue 5000
   */
  readonly workerTimeout?: number;
}

export interface FrameAnalyzer {
  /** Starts sampling (again); a no-op while running. */
  start(): void;
  /** Stops sampling; no `onResult` after it returns. */
  stop(): void;
}

interface FrameCallbacks {
  requestVideoFrameCallback?(callback: () => void): number;
  cancelVideoFrameCallback?(handle: number): void;
}

/**
 * Samples a playing `<video>` (a camera stream) at `fps` and runs `precheckImage` on each sample.
 * Uses `requestVideoFrameCallback` where available (only new frames are analysed), else a timer.
 * A frame is analysed on the main thread, downscaled to 512 px: a few milliseconds (see README),
 * or in `worker`. Frames of a video that is not ready (no size or no current frame) are skipped.
 *
 * @example
 * const analyzer = createFrameAnalyzer(video, { subject: 'document', onResult: (codes) => hints.report(codes) });
 * analyzer.start();
 */
export function createFrameAnalyzer(video: HTMLVideoElement, options: FrameAnalyzerOptions): FrameAnalyzer {
  const interval = 1000 / (options.fps && options.fps > 0 ? options.fps : 4);
  const v = video as HTMLVideoElement & FrameCallbacks;
  const frames = typeof v?.requestVideoFrameCallback === 'function';
  let running = false;
  let handle: number | ReturnType<typeof setTimeout> | undefined;
  let last = -1e9; // long before any `performance.now()`
  let { worker } = options;
  let sent = 0;
  let pending: number | undefined; // the id of the frame the worker is measuring
  let since = 0; // when it was handed over

  const deliver = (result: PrecheckResult): void => {
    try {
      options.onResult(
        result.issues.map((issue) => issue.code),
        result,
      );
    } catch (error) {
      console.error(error);
    }
  };

  const onMessage = (event: MessageEvent): void => {
    const response = event.data as FrameResponse | undefined;
    if (response?.type !== MESSAGE_TYPE || response.id !== pending) return;
    pending = undefined;
    if (running) deliver(response.result);
  };

  const listen = (add?: boolean): void => {
    for (const type of ['message', 'error', 'messageerror'])
      worker?.[add ? 'addEventListener' : 'removeEventListener'](
        type,
        (type === 'message' ? onMessage : drop) as EventListener,
      );
  };

  /** Gives up on a worker that failed or went silent: frames are measured on the main thread. */
  function drop(): void {
    console.warn('precheck: worker dropped');
    listen();
    worker = pending = undefined;
  }

  /** Grabs the frame as a bitmap and transfers it to the worker; skips while one is in flight. */
  const toWorker = (target: Worker): void => {
    if (pending) return; // ids start at 1
    const id = ++sent;
    pending = id;
    since = last;
    createImageBitmap(v).then(
      (bitmap) => {
        if (!running || pending !== id) {
          bitmap.close();
          return;
        }
        const request: FrameRequest = {
          type: MESSAGE_TYPE,
          id,
          bitmap,
          subject: options.subject,
          thresholds: options.thresholds,
        };
        target.postMessage(request, [bitmap]);
      },
      () => {
        if (pending === id) pending = undefined;
      },
    );
  };

  const schedule = (): void => {
    handle = frames
      ? (v.requestVideoFrameCallback as (callback: () => void) => number).call(v, tick)
      : setTimeout(tick, interval);
  };

  function tick(): void {
    handle = undefined; // this callback has fired: `stop` in `onResult` has nothing to cancel
    if (!running) return;
    const now = performance.now();
    if (pending && now - since > (options.workerTimeout ?? 5000)) drop();
    // A frame callback fires at the display rate: analyse only when `interval` has passed
    // (2 ms of slack so 4 fps on a 60 Hz screen does not drift down to 3).
    if (now - last >= interval - 2 && v.videoWidth > 0 && v.readyState >= 2) {
      last = now;
      if (worker && typeof createImageBitmap === 'function') toWorker(worker);
      else deliver(precheckImage(v, options));
    }
    // not if `onResult` restarted the analyzer: that scheduled a tick already
    if (running && handle === undefined) schedule();
  }

  return {
    start() {
      if (running || !v) return;
      running = true;
      listen(true);
      schedule();
    },
    stop() {
      running = false;
      pending = undefined;
      listen();
      if (handle === undefined) return;
      if (frames) v.cancelVideoFrameCallback?.(handle as number);
      else clearTimeout(handle);
      handle = undefined;
    },
  };
}
