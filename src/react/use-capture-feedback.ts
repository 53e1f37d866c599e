import {
  type ComponentPropsWithoutRef,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { ClassifyOptions, Issue } from '../classifier';
import { describeIssue, type Guidance, type GuidanceParams } from '../core/guidance';
import { countsAsAttempt, defaultRetryPolicy, retryDelayMs } from '../core/retry-policy';
import type { Direction } from '../i18n/types';
import { type FallbackOption, useCaptureFeedbackConfig } from './provider';

/**
 * `ready`: the action can be taken. `waiting`: counting down before a retry is allowed.
 * `retrying`: the host's retry is in flight. `exhausted`: no attempts left; fallbacks offered.
 */
export type FeedbackState = 'ready' | 'waiting' | 'retrying' | 'exhausted';

export interface UseCaptureFeedbackOptions {
  /** Whatever the vendor, HTTP or the browser produced; or an issue from `classify`. */
  readonly error?: unknown;
  /** Options for classifying `error` (HTTP status, headers, vendor, subject). */
  readonly classifyOptions?: ClassifyOptions;
  /**
   * Called for the primary action (retake, try again, start again…). One click, one call: further
   * clicks are ignored until the returned promise settles.
   */
  readonly onRetry?: () => unknown;
  /** Called by the dismiss button. */
  readonly onDismiss?: () => void;
  /** Which attempts to count (defaults to the issue's subject), shared by panels under a provider. */
  readonly attemptKey?: string;
  /** Real parameters for the guidance, merged over the provider's. */
  readonly params?: GuidanceParams;
  /** Move focus to the primary action when the panel appears. @defaultValue true for errors */
  readonly autoFocus?: boolean;
}

export interface CaptureFeedbackResult {
  /** The issue shown, or `null` (success, or nothing to show). */
  readonly issue: Issue | null;
  readonly guidance: Guidance | null;
  readonly state: FeedbackState;
  /** Seconds left while `waiting` (rounded up). */
  readonly secondsLeft: number;
  /** Capture attempts left for this subject, counting the next one. */
  readonly attemptsLeft: number;
  /** The attempt that just failed, 1-based. */
  readonly attempt: number;
  readonly fallbacks: readonly FallbackOption[];
  readonly locale: string;
  readonly dir: Direction;
  /** The label for the primary button in its current state (countdown, retrying…). */
  readonly primaryLabel: string;
  /** A sentence for the polite live region (countdown start and end), or empty. */
  readonly liveMessage: string;
  readonly t: (key: string, options?: Record<string, unknown>) => string;
  readonly retry: () => void;
  readonly dismiss: () => void;
  readonly chooseFallback: (option: FallbackOption) => void;
  readonly contactSupport: () => void;
  readonly supportUrl?: string;
  /** Prop bags for a custom design system. */
  readonly rootProps: ComponentPropsWithoutRef<'section'> & Record<`data-${string}`, string | undefined>;
  readonly messageProps: ComponentPropsWithoutRef<'div'>;
  readonly titleProps: ComponentPropsWithoutRef<'h2'>;
  readonly retryProps: ComponentPropsWithoutRef<'button'> &
    Record<`data-${string}`, string> & {
      ref: (node: HTMLButtonElement | null) => void;
    };
  readonly dismissProps: ComponentPropsWithoutRef<'button'>;
}

/**
 * The headless core of the feedback panel: classifies the error, translates the guidance, runs the
 * retry policy (one retry at a time, countdowns, backoff, attempt limits) and returns what to
 * render with prop bags.
 */
export function useCaptureFeedback(options: UseCaptureFeedbackOptions): CaptureFeedbackResult {
  const config = useCaptureFeedbackConfig();
  const { error, classifyOptions, onRetry, onDismiss } = options;
  const issue = useMemo(
    () =>
      error === undefined || error === null
        ? null
        : config.classifier.classify(error, { vendor: config.vendor, ...classifyOptions }),
    // biome-ignore lint/correctness/useExhaustiveDependencies: classify options are compared by value
    [error, config.classifier, config.vendor, JSON.stringify(classifyOptions ?? {})],
  );
  const params = useMemo(() => ({ ...config.params, ...options.params }), [config.params, options.params]);
  const guidance = useMemo(
    () => (issue ? describeIssue(issue, config.t, config.locale, params) : null),
    [issue, config.t, config.locale, params],
  );
  const policy = { ...defaultRetryPolicy, ...config.retryPolicy };

  const attemptKey =
    options.attemptKey ??
    (issue ? (countsAsAttempt(issue) ? issue.subject : `service:${issue.code}`) : 'none');
  const retries = useSyncExternalStore(
    config.attempts.subscribe,
    () => config.attempts.get(attemptKey),
    () => config.attempts.get(attemptKey),
  );
  const attempt = retries + 1;
  const attemptsLeft =
    issue && countsAsAttempt(issue) ? Math.max(0, policy.maxAttempts - attempt) : policy.maxAttempts;
  const exhausted =
    issue !== null &&
    (issue.code === 'session.attempts_exhausted' || (countsAsAttempt(issue) && attemptsLeft <= 0));

  // Waiting: a deadline (not a counter) so a throttled background tab still ends on time.
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [retrying, setRetrying] = useState(false);
  const inFlight = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // A new issue: start its wait (rate limit, backoff) and report it.
  const waitMs = useMemo(
    () => (issue ? retryDelayMs(issue, issue.code === 'service.unavailable' ? retries : 0, policy) : 0),
    [issue],
  ); // eslint-disable-line
  useEffect(() => {
    inFlight.current = false;
    setRetrying(false);
    if (!issue) {
      setDeadline(null);
      return;
    }
    const base = {
      code: issue.code,
      subject: issue.subject,
      vendor: issue.vendor,
      vendorCode: issue.vendorCode,
      requestId: issue.requestId,
      attempt,
    };
    config.emit({ type: exhausted ? 'fallback_shown' : 'issue_shown', ...base });
    if (waitMs > 0 && !exhausted) {
      const start = Date.now();
      setNow(start);
      setDeadline(start + waitMs);
      config.emit({ type: 'wait_started', ...base, waitMs });
    } else setDeadline(null);
    // biome-ignore lint/correctness/useExhaustiveDependencies: once per issue shown
  }, [issue, waitMs]);

  useEffect(() => {
    if (deadline === null) return;
    const id = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= deadline) {
        clearInterval(id);
        setDeadline(null);
        if (issue) config.emit({ type: 'wait_finished', code: issue.code, subject: issue.subject, attempt });
      }
    }, 250);
    return () => clearInterval(id);
    // biome-ignore lint/correctness/useExhaustiveDependencies: the interval follows the deadline only
  }, [deadline]);

  const secondsLeft = deadline === null ? 0 : Math.max(0, Math.ceil((deadline - now) / 1000));
  const waiting = deadline !== null && secondsLeft > 0;
  const state: FeedbackState = exhausted
    ? 'exhausted'
    : retrying
      ? 'retrying'
      : waiting
        ? 'waiting'
        : 'ready';

  const retry = useCallback(() => {
    if (!issue || inFlight.current || waiting || exhausted) return;
    inFlight.current = true;
    setRetrying(true);
    const next = config.attempts.add(attemptKey) + 1;
    config.emit({
      type: 'retry',
      code: issue.code,
      subject: issue.subject,
      vendor: issue.vendor,
      vendorCode: issue.vendorCode,
      requestId: issue.requestId,
      attempt: next,
    });
    let result: unknown;
    try {
      result = onRetry?.();
    } catch {
      result = undefined;
    }
    Promise.resolve(result)
      .catch(() => undefined)
      .finally(() => {
        inFlight.current = false;
        if (mounted.current) setRetrying(false);
      });
  }, [issue, waiting, exhausted, config, attemptKey, onRetry]);

  const dismiss = useCallback(() => {
    if (issue) config.emit({ type: 'dismissed', code: issue.code, subject: issue.subject, attempt });
    onDismiss?.();
  }, [issue, config, attempt, onDismiss]);

  const contactSupport = useCallback(() => {
    if (issue)
      config.emit({
        type: 'contact_support',
        code: issue.code,
        subject: issue.subject,
        requestId: issue.requestId,
        attempt,
      });
    config.onContactSupport?.();
  }, [issue, config, attempt]);

  const chooseFallback = useCallback(
    (fallback: FallbackOption) => {
      if (issue)
        config.emit({ type: 'fallback_chosen', code: issue.code, subject: issue.subject, attempt, fallback });
      if (fallback === 'support' && !config.onFallback) config.onContactSupport?.();
      config.onFallback?.(fallback);
    },
    [issue, config, attempt],
  );

  const t = config.t;
  const primaryLabel = !guidance
    ? ''
    : state === 'retrying'
      ? t('ui.retrying')
      : state === 'waiting'
        ? t('actions.wait', { count: secondsLeft })
        : guidance.actionLabel;
  // Announced once when a wait starts and once when it ends; never every second.
  const [liveMessage, setLiveMessage] = useState('');
  useEffect(() => {
    if (deadline !== null)
      setLiveMessage(t('ui.countdown_announce', { count: Math.ceil((deadline - Date.now()) / 1000) }));
    else setLiveMessage((previous) => (previous ? (guidance?.actionLabel ?? '') : ''));
    // biome-ignore lint/correctness/useExhaustiveDependencies: announce on wait start and end only
  }, [deadline]);

  const id = useId();
  const titleId = `${id}-title`;
  const messageId = `${id}-message`;
  const focusRef = useRef<HTMLButtonElement | null>(null);
  const autoFocus = options.autoFocus ?? issue?.severity === 'error';
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus once per issue
  useEffect(() => {
    if (autoFocus && issue) focusRef.current?.focus({ preventScroll: false });
  }, [issue]);

  const blocked = state !== 'ready';
  return {
    issue,
    guidance,
    state,
    secondsLeft,
    attemptsLeft,
    attempt,
    fallbacks: config.fallbacks,
    locale: config.locale,
    dir: config.dir,
    primaryLabel,
    liveMessage,
    t,
    retry,
    dismiss,
    chooseFallback,
    contactSupport,
    supportUrl: config.supportUrl,
    rootProps: {
      'aria-labelledby': titleId,
      dir: config.dir,
      lang: config.locale,
      'data-state': state,
      'data-code': issue?.code,
      'data-severity': issue?.severity,
      'data-category': issue?.category,
      'data-subject': issue?.subject,
    },
    // Errors interrupt (alert); waits and information do not (status). Only the message is live:
    // the countdown on the button must not be re-read every second.
    messageProps: {
      id: messageId,
      role: issue?.severity === 'error' && issue.action !== 'wait' ? 'alert' : 'status',
    },
    titleProps: { id: titleId },
    retryProps: {
      type: 'button',
      // aria-disabled, not disabled: the button keeps focus while waiting or retrying.
      'aria-disabled': blocked || undefined,
      'aria-describedby': messageId,
      'data-state': state,
      onClick: retry,
      ref: (node) => {
        focusRef.current = node;
      },
    },
    dismissProps: { type: 'button', onClick: dismiss },
  };
}
