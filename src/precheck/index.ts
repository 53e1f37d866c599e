/**
 * `capture-feedback/precheck`: light checks in the browser, before any upload, that produce the
 * classifier's issue codes. No React, no i18next, no WASM; nothing runs at import time.
 */
export {
  ANALYSIS_SIZE,
  defaultThresholds,
  type ImageThresholds,
  judgeMetrics,
  measurePixels,
} from './analyze';
export {
  defaultFileLimits,
  type FileLimits,
  type PrecheckFileOptions,
  precheckFile,
  precheckPresets,
} from './file';
export { createFrameAnalyzer, type FrameAnalyzer, type FrameAnalyzerOptions } from './frames';
export { type PrecheckImageOptions, type PrecheckImageSource, precheckImage } from './image';
export { type Sniffed, sniff, sniffFormat } from './sniff';
export type {
  FileFormat,
  ImageMetrics,
  PrecheckDetails,
  PrecheckIssue,
  PrecheckResult,
  PrecheckSubject,
} from './types';
