import type { ImageThresholds } from './analyze';
import type { PrecheckResult, PrecheckSubject } from './types';

/** Tags the analyzer's messages, so a worker shared with the host ignores anything else. */
export const MESSAGE_TYPE = 'capture-feedback/precheck-frame';

export interface FrameRequest {
  readonly type: typeof MESSAGE_TYPE;
  readonly id: number;
  readonly bitmap: ImageBitmap;
  readonly subject: PrecheckSubject;
  readonly thresholds?: Partial<ImageThresholds>;
}

export interface FrameResponse {
  readonly type: typeof MESSAGE_TYPE;
  readonly id: number;
  readonly result: PrecheckResult;
}
