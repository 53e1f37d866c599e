import { composeEventHandlers } from '@radix-ui/primitive';
import { Slot } from '@radix-ui/react-slot';
import {
  type ComponentPropsWithoutRef,
  cloneElement,
  createContext,
  type ForwardedRef,
  forwardRef,
  isValidElement,
  type MutableRefObject,
  type ReactNode,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { type CameraHelpTarget, currentCameraHelpTarget } from '../core/camera-help';
import { Pictogram, pictogramFor } from './illustrations';
import type { FallbackOption } from './provider';
import {
  type CaptureFeedbackResult,
  type UseCaptureFeedbackOptions,
  useCaptureFeedback,
} from './use-capture-feedback';

const FeedbackContext = createContext<CaptureFeedbackResult | null>(null);

function useFeedbackContext(part: string): CaptureFeedbackResult {
  const context = useContext(FeedbackContext);
  if (!context) throw new Error(`\`${part}\` must be used within \`CaptureFeedback.Root\``);
  return context;
}

/**
 * With `asChild`, the host's element receives the kit's text when it has none of its own
 * (`<CaptureFeedback.Title asChild><h3 /></CaptureFeedback.Title>` renders the title in an h3).
 */
function withText(children: ReactNode, text: ReactNode, asChild: boolean | undefined): ReactNode {
  if (!asChild) return children ?? text;
  if (!isValidElement<{ children?: ReactNode }>(children)) return children ?? text;
  return children.props.children === undefined ? cloneElement(children, undefined, text) : children;
}

function mergeRefs<T>(...refs: (ForwardedRef<T> | ((node: T | null) => void) | undefined)[]) {
  return (node: T | null) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    }
  };
}

/* -------------------------------------------------------------------------------------------------
 * Root
 * -----------------------------------------------------------------------------------------------*/

const ROOT_NAME = 'CaptureFeedbackRoot';

export interface CaptureFeedbackRootProps
  extends UseCaptureFeedbackOptions,
    Omit<ComponentPropsWithoutRef<'div'>, 'onError' | 'autoFocus'> {
  /** Render the parts yourself; without children the default layout is rendered. */
  readonly children?: ReactNode;
}

/**
 * The panel: classifies `error`, and renders nothing for success. Its parts read the result from
 * context; `data-state`, `data-code`, `data-severity` are set for styling.
 */
export const CaptureFeedbackRoot = forwardRef<HTMLDivElement, CaptureFeedbackRootProps>(
  function CaptureFeedbackRoot(props, ref) {
    const {
      error,
      classifyOptions,
      onRetry,
      onDismiss,
      attemptKey,
      params,
      autoFocus,
      children,
      className,
      ...rest
    } = props;
    const result = useCaptureFeedback({
      error,
      classifyOptions,
      onRetry,
      onDismiss,
      attemptKey,
      params,
      autoFocus,
    });
    if (!result.issue || !result.guidance) return null;
    return (
      <FeedbackContext.Provider value={result}>
        <div
          {...result.rootProps}
          {...rest}
          ref={mergeRefs(ref, result.rootProps.ref as MutableRefObject<HTMLDivElement | null>)}
          className={['cf-panel', className].filter(Boolean).join(' ')}
        >
          {children ?? <DefaultLayout />}
        </div>
      </FeedbackContext.Provider>
    );
  },
);
CaptureFeedbackRoot.displayName = ROOT_NAME;

function DefaultLayout() {
  const { issue } = useFeedbackContext('DefaultLayout');
  return (
    <>
      <CaptureFeedbackIllustration />
      <CaptureFeedbackMessage>
        <CaptureFeedbackTitle />
        <CaptureFeedbackAnnouncement />
        <CaptureFeedbackGuidance />
      </CaptureFeedbackMessage>
      {issue?.code === 'camera.permission_denied' || issue?.code === 'camera.unsupported' ? (
        <CaptureFeedbackCameraHelp />
      ) : null}
      <CaptureFeedbackActions />
      <CaptureFeedbackReference />
      <CaptureFeedbackLive />
    </>
  );
}

/* -------------------------------------------------------------------------------------------------
 * Illustration
 * -----------------------------------------------------------------------------------------------*/

export interface CaptureFeedbackIllustrationProps extends ComponentPropsWithoutRef<'div'> {}

/** The pictogram of what to do. Decorative: the title and steps say the same in words. */
export const CaptureFeedbackIllustration = forwardRef<HTMLDivElement, CaptureFeedbackIllustrationProps>(
  function CaptureFeedbackIllustration({ className, ...props }, ref) {
    const { issue } = useFeedbackContext('CaptureFeedback.Illustration');
    if (!issue) return null;
    return (
      <div {...props} ref={ref} className={['cf-illustration', className].filter(Boolean).join(' ')}>
        <Pictogram name={pictogramFor(issue.code)} />
      </div>
    );
  },
);

/* -------------------------------------------------------------------------------------------------
 * Message (the live region), Title, Guidance
 * -----------------------------------------------------------------------------------------------*/

/** The part announced when the panel appears: title and steps (not the buttons). */
export const CaptureFeedbackMessage = forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(
  function CaptureFeedbackMessage({ className, ...props }, ref) {
    const { messageProps } = useFeedbackContext('CaptureFeedback.Message');
    return (
      <div
        {...messageProps}
        {...props}
        ref={ref}
        className={['cf-message', className].filter(Boolean).join(' ')}
      />
    );
  },
);

export interface CaptureFeedbackTitleProps extends ComponentPropsWithoutRef<'h2'> {
  /** Render your own heading element (h1–h6) with the title's props. */
  readonly asChild?: boolean;
}

export const CaptureFeedbackTitle = forwardRef<HTMLHeadingElement, CaptureFeedbackTitleProps>(
  function CaptureFeedbackTitle({ asChild, className, children, ...props }, ref) {
    const { guidance, titleProps } = useFeedbackContext('CaptureFeedback.Title');
    const Comp = asChild ? Slot : 'h2';
    return (
      <Comp
        {...titleProps}
        {...props}
        ref={ref}
        className={['cf-title', className].filter(Boolean).join(' ')}
      >
        {withText(children, guidance?.title, asChild)}
      </Comp>
    );
  },
);

/**
 * A sentence for screen readers where the title leans on the picture ("Your face is not centered"
 * next to an arrow): visually hidden, read with the message. Renders nothing when the title is
 * already the whole story.
 */
export function CaptureFeedbackAnnouncement() {
  const { guidance } = useFeedbackContext('CaptureFeedback.Announcement');
  if (!guidance || guidance.announcement === guidance.title) return null;
  return <span className="cf-visually-hidden">{guidance.announcement}</span>;
}

/** The steps, as an ordered list. */
export const CaptureFeedbackGuidance = forwardRef<HTMLOListElement, ComponentPropsWithoutRef<'ol'>>(
  function CaptureFeedbackGuidance({ className, ...props }, ref) {
    const { guidance, t } = useFeedbackContext('CaptureFeedback.Guidance');
    if (!guidance || guidance.steps.length === 0) return null;
    return (
      <ol
        aria-label={t('ui.steps_label')}
        {...props}
        ref={ref}
        className={['cf-steps', className].filter(Boolean).join(' ')}
      >
        {guidance.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    );
  },
);

/* -------------------------------------------------------------------------------------------------
 * Retry, Dismiss, Actions
 * -----------------------------------------------------------------------------------------------*/

export interface CaptureFeedbackButtonProps extends ComponentPropsWithoutRef<'button'> {
  /** Merge the behaviour into your own button component. */
  readonly asChild?: boolean;
}

/**
 * The primary action: retake, try again (with its countdown), start again, use another document,
 * check details, or contact support. One click, one retry.
 */
export const CaptureFeedbackRetry = forwardRef<HTMLButtonElement, CaptureFeedbackButtonProps>(
  function CaptureFeedbackRetry({ asChild, className, children, onClick, ...props }, ref) {
    const feedback = useFeedbackContext('CaptureFeedback.Retry');
    const { issue, retryProps, primaryLabel, primaryAction, state } = feedback;
    // Without a handler the host configured (or one passed here), no button: never one that does nothing.
    if (!issue || state === 'exhausted' || (primaryAction === null && !onClick)) return null;
    const Comp = asChild ? Slot : 'button';
    const { ref: ownRef, onClick: own, ...bag } = retryProps;
    const support = primaryAction === 'support';
    if (support && feedback.supportUrl && !asChild) {
      return (
        <a
          href={feedback.supportUrl}
          className={['cf-button', 'cf-primary', className].filter(Boolean).join(' ')}
          onClick={feedback.contactSupport}
        >
          {children ?? primaryLabel}
        </a>
      );
    }
    return (
      <Comp
        {...bag}
        {...props}
        ref={mergeRefs(ref, ownRef)}
        className={['cf-button', 'cf-primary', className].filter(Boolean).join(' ')}
        // While disabled (countdown, retry in flight) no click gets through, not even to the host's
        // own handlers or an asChild child's: stopped in the capture phase, as a disabled button would.
        onClickCapture={composeEventHandlers(props.onClickCapture, (event) => {
          if (state === 'ready') return;
          event.preventDefault();
          event.stopPropagation();
        })}
        onClick={composeEventHandlers(onClick, support ? feedback.contactSupport : own)}
      >
        {withText(children, primaryLabel, asChild)}
      </Comp>
    );
  },
);

/** Closes the panel (calls `onDismiss`). Rendered by the default layout only when `onDismiss` is set. */
export const CaptureFeedbackDismiss = forwardRef<HTMLButtonElement, CaptureFeedbackButtonProps>(
  function CaptureFeedbackDismiss({ asChild, className, children, onClick, ...props }, ref) {
    const { dismissProps, t } = useFeedbackContext('CaptureFeedback.Dismiss');
    const Comp = asChild ? Slot : 'button';
    return (
      <Comp
        {...dismissProps}
        {...props}
        ref={ref}
        className={['cf-button', 'cf-secondary', className].filter(Boolean).join(' ')}
        onClick={composeEventHandlers(onClick, dismissProps.onClick)}
      >
        {withText(children, t('actions.dismiss'), asChild)}
      </Comp>
    );
  },
);

/**
 * The attempts left, once the user has used some; while a retry runs long, that it is taking
 * longer than usual.
 */
export function CaptureFeedbackAttempts() {
  const { issue, attemptsLeft, attempt, state, retrySlow, t } =
    useFeedbackContext('CaptureFeedback.Attempts');
  if (retrySlow) return <p className="cf-attempts">{t('ui.retry_slow')}</p>;
  if (issue?.action !== 'recapture' || attempt < 2 || state === 'exhausted') return null;
  return <p className="cf-attempts">{t('ui.attempts_left', { count: attemptsLeft })}</p>;
}

const FALLBACK_KEYS: Record<FallbackOption, string> = {
  another_document: 'ui.fallback_another_document',
  manual_review: 'ui.fallback_manual_review',
  support: 'ui.fallback_support',
};

/** What the user can do once the attempts are used up: the fallbacks the host configured. */
export function CaptureFeedbackFallback() {
  const { state, fallbacks, chooseFallback, t } = useFeedbackContext('CaptureFeedback.Fallback');
  const groupRef = useRef<HTMLDivElement>(null);
  const exhausted = state === 'exhausted';
  // The retry button the user just pressed is gone: focus must not fall back to <body>. Move it
  // to the first fallback (or the group), unless the user has already moved on.
  useEffect(() => {
    if (!exhausted) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const group = groupRef.current;
    (group?.querySelector<HTMLElement>('button, a[href]') ?? group)?.focus();
  }, [exhausted]);
  if (!exhausted) return null;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not form fields (no fieldset)
    <div
      ref={groupRef}
      tabIndex={-1}
      className="cf-fallback"
      role="group"
      aria-label={t('ui.fallback_title')}
    >
      <p className="cf-fallback-title">
        <strong>{t('ui.fallback_title')}</strong> {t('ui.fallback_body')}
      </p>
      <div className="cf-actions">
        {fallbacks.map((option, index) => (
          <button
            key={option}
            type="button"
            className={['cf-button', index === 0 ? 'cf-primary' : 'cf-secondary'].join(' ')}
            onClick={() => chooseFallback(option)}
          >
            {t(FALLBACK_KEYS[option])}
          </button>
        ))}
      </div>
    </div>
  );
}

/** The primary action, the attempts left, the fallback and (when `onDismiss` is set) the dismiss button. */
export function CaptureFeedbackActions({ showDismiss }: { readonly showDismiss?: boolean }) {
  const { dismissible } = useFeedbackContext('CaptureFeedback.Actions');
  const dismiss = showDismiss ?? dismissible;
  return (
    <>
      <CaptureFeedbackFallback />
      <div className="cf-actions">
        <CaptureFeedbackRetry />
        {dismiss ? <CaptureFeedbackDismiss /> : null}
      </div>
      <CaptureFeedbackAttempts />
    </>
  );
}

/* -------------------------------------------------------------------------------------------------
 * Reference, live region, camera help
 * -----------------------------------------------------------------------------------------------*/

const hasClipboard = () => typeof navigator !== 'undefined' && Boolean(navigator.clipboard);
const noClipboard = () => false;

/** The vendor's request id, as a reference the user can quote to support. */
export function CaptureFeedbackReference() {
  const { issue, t } = useFeedbackContext('CaptureFeedback.Reference');
  const [copied, setCopied] = useState(false);
  // A server has no clipboard: hydration starts without the button, which then appears (no mismatch).
  const canCopy = useSyncExternalStore(noSubscription, hasClipboard, noClipboard);
  if (!issue?.requestId) return null;
  const id = issue.requestId;
  return (
    <p className="cf-reference">
      <span>{t('ui.reference', { id })}</span>
      {canCopy ? (
        <button
          type="button"
          className="cf-link"
          onClick={() => {
            void navigator.clipboard.writeText(id).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {copied ? t('ui.copied') : t('ui.copy_reference')}
        </button>
      ) : null}
    </p>
  );
}

/** A polite live region for countdown start and end: visually hidden, never chatty. */
export function CaptureFeedbackLive() {
  const { liveMessage } = useFeedbackContext('CaptureFeedback.Live');
  return (
    <p className="cf-visually-hidden" aria-live="polite" aria-atomic="true">
      {liveMessage}
    </p>
  );
}

const noSubscription = () => () => {};
const serverCameraHelpTarget = (): CameraHelpTarget => 'other';

export interface CaptureFeedbackCameraHelpProps {
  /** Override the detection (tests, Storybook). @defaultValue detected from the user agent */
  readonly target?: CameraHelpTarget;
}

/**
 * Browser- and platform-specific steps to turn camera access back on. For `camera.unsupported` it
 * shows only inside an app's built-in browser (how to reopen the page in the phone's browser):
 * elsewhere there is no setting to change.
 */
export function CaptureFeedbackCameraHelp({ target }: CaptureFeedbackCameraHelpProps) {
  const { t, issue } = useFeedbackContext('CaptureFeedback.CameraHelp');
  const titleId = useId();
  // The server cannot know the browser: it renders the generic steps, hydration starts from the
  // same, then the browser's own steps replace them (no hydration mismatch).
  const detected = useSyncExternalStore(noSubscription, currentCameraHelpTarget, serverCameraHelpTarget);
  const which = target ?? detected;
  if (issue?.code === 'camera.unsupported' && which !== 'in_app_browser') return null;
  const steps = [1, 2, 3, 4]
    .map((n) => t(`camera_help.${which}.step${n}`, { defaultValue: '' }))
    .filter((step) => step !== '' && !step.startsWith('camera_help.'));
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of steps, not form fields (no fieldset)
    <div className="cf-camera-help" role="group" aria-labelledby={titleId} data-target={which}>
      <h3 id={titleId} className="cf-subtitle">
        {t('ui.camera_help_title')}
      </h3>
      <ol className="cf-steps">
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </div>
  );
}

/* -------------------------------------------------------------------------------------------------
 * The composed panel
 * -----------------------------------------------------------------------------------------------*/

export interface CaptureFeedbackProps extends CaptureFeedbackRootProps {}

/**
 * The feedback panel with its default layout: picture, title, steps, camera help when relevant,
 * the primary action (or fallbacks), attempts left and the reference.
 *
 * @example
 * <CaptureFeedback error={vendorError} classifyOptions={{ httpStatus: 429, headers }} onRetry={retake} />
 */
export const CaptureFeedback = Object.assign(
  forwardRef<HTMLDivElement, CaptureFeedbackProps>(function CaptureFeedback(props, ref) {
    return <CaptureFeedbackRoot {...props} ref={ref} />;
  }),
  {
    Root: CaptureFeedbackRoot,
    Illustration: CaptureFeedbackIllustration,
    Message: CaptureFeedbackMessage,
    Title: CaptureFeedbackTitle,
    Announcement: CaptureFeedbackAnnouncement,
    Guidance: CaptureFeedbackGuidance,
    Retry: CaptureFeedbackRetry,
    Dismiss: CaptureFeedbackDismiss,
    Actions: CaptureFeedbackActions,
    Attempts: CaptureFeedbackAttempts,
    Fallback: CaptureFeedbackFallback,
    Reference: CaptureFeedbackReference,
    Live: CaptureFeedbackLive,
    CameraHelp: CaptureFeedbackCameraHelp,
  },
);
