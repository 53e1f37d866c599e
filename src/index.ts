'use client';

/**
 * `capture-feedback`: React components and hooks that turn KYC capture errors into guidance end
 * users understand, in their language. The classifier and i18n helpers are re-exported for
 * convenience; `capture-feedback/classifier` has the classifier alone.
 */

export type { ClassifyOptions, Issue, IssueCode, Subject, VendorId } from './classifier';
export { allIssueCodes, classify, classifyAll, issueCodes, issueFromCode } from './classifier';
export type { CameraAccess } from './core/camera';
export { requestCameraAccess } from './core/camera';
export type { CameraHelpTarget } from './core/camera-help';
export { cameraHelpTarget, cameraHelpTargets } from './core/camera-help';
export type { Guidance, GuidanceParams, Translate } from './core/guidance';
export { describeIssue } from './core/guidance';
export type { HintSchedulerOptions, HintState } from './core/hint-scheduler';
export { createHintScheduler } from './core/hint-scheduler';
export type { RetryPolicy } from './core/retry-policy';
export { defaultRetryPolicy, resolveRetryPolicy, retryDelayMs } from './core/retry-policy';
export type {
  CaptureFeedbackButtonProps,
  CaptureFeedbackCameraHelpProps,
  CaptureFeedbackIllustrationProps,
  CaptureFeedbackProps,
  CaptureFeedbackRootProps,
  CaptureFeedbackTitleProps,
} from './react/capture-feedback';
export {
  CaptureFeedback,
  CaptureFeedbackActions,
  CaptureFeedbackAnnouncement,
  CaptureFeedbackAttempts,
  CaptureFeedbackCameraHelp,
  CaptureFeedbackDismiss,
  CaptureFeedbackFallback,
  CaptureFeedbackGuidance,
  CaptureFeedbackIllustration,
  CaptureFeedbackLive,
  CaptureFeedbackMessage,
  CaptureFeedbackReference,
  CaptureFeedbackRetry,
  CaptureFeedbackRoot,
  CaptureFeedbackTitle,
} from './react/capture-feedback';
export type { CaptureHints, CaptureHintsViewportProps, UseCaptureHintsOptions } from './react/capture-hints';
export { CaptureHintsViewport, useCaptureHints } from './react/capture-hints';
export type { PictogramName, PictogramProps } from './react/illustrations';
export { Pictogram, pictogramFor } from './react/illustrations';
export type {
  AttemptStore,
  CaptureFeedbackConfig,
  CaptureFeedbackEvent,
  CaptureFeedbackProviderProps,
  FallbackOption,
} from './react/provider';
export { CaptureFeedbackProvider, useCaptureFeedbackConfig } from './react/provider';
export type {
  CaptureFeedbackResult,
  FeedbackState,
  UseCaptureFeedbackOptions,
} from './react/use-capture-feedback';
export { useCaptureFeedback } from './react/use-capture-feedback';
