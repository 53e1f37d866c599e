import {
  type ComponentPropsWithoutRef,
  type RefObject,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { ClassifyOptions, Issue } from '../classifier';
import { describeIssue, type Guidance, type GuidanceParams, waitContext } from '../core/guidance';
import { reportHostError } from '../core/report-error';
import { countsAsAttempt, resolveRetryPolicy, retryDelayMs } from '../core/retry-policy';
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
  /**
   * What the primary button does: `retry` calls `onRetry` (retake, try again, start again…),
   * `support` opens support, `null` when nothing the host configured can act on this issue (no
   * button is better than one that does nothing).
   */
  readonly primaryAction: 'retry' | 'support' | null;
  /** The label for the primary button in its current state (countdown, retrying…). */
  readonly primaryLabel: string;
  /** A sentence for the polite live region (countdown start and end, a slow retry), or empty. */
  readonly liveMessage: string;
  /**
   * The retry has been running longer than the policy's `slowRetryMs`: show
   * `t('ui.retry_slow')` ("taking longer than usual, keep this page open").
   */
  readonly retrySlow: boolean;
  readonly t: (key: string, options?: Record<string, unknown>) => string;
  readonly retry: () => void;
  readonly dismiss: () => void;
  /** Whether the host passed `onDismiss` (the default layout shows a close button only then). */
  readonly dismissible: boolean;
  readonly chooseFallback: (option: FallbackOption) => void;
  readonly contactSupport: () => void;
  readonly supportUrl?: string;
  /** Prop bags for a custom design system. */
  readonly rootProps: ComponentPropsWithoutRef<'div'> &
    Record<`data-${string}`, string | undefined> & {
      /** Lets the panel know what is inside it (focus goes back where it came from when it goes). */
      ref: RefObject<HTMLElement | null>;
    };
  readonly messageProps: ComponentPropsWithoutRef<'div'>;
  readonly titleProps: ComponentPropsWithoutRef<'h2'>;
  readonly retryProps: ComponentPropsWithoutRef<'button'> &
    Record<`data-${string}`, string> & {
      ref: (node: HTMLButtonElement | null) => void;
    };
  readonly dismissProps: ComponentPropsWithoutRef<'button'>;
}

/** `useLayoutEffect` in the browser, nothing to warn about on a server. */
/** What every analytics event says of an issue: codes and ids, never a message or personal data. */
const eventOf = (issue: Issue, attempt: number) => ({
  code: issue.code,
  subject: issue.subject,
  vendor: issue.vendor,
  vendorCode: issue.vendorCode,
  requestId: issue.requestId,
  attempt,
});

const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

/** A JSON key for option objects; `Headers` and `Map` (which stringify as `{}`) by their entries. */
function keyOf(value: unknown): string {
  try {
    return JSON.stringify(value ?? null, (_, v: unknown) =>
      v && typeof v === 'object' && !Array.isArray(v) && typeof (v as Headers).entries === 'function'
        ? Object.fromEntries((v as Headers).entries())
        : v,
    );
  } catch {
    return String(Math.random()); // not serialisable: treat as new
  }
}

/** The same object as long as its key stays the same (inline option objects are new each render). */
function useStableValue<T>(value: T, key: string = keyOf(value)): T {
  const ref = useRef(value);
  const keyRef = useRef(key);
  if (keyRef.current !== key) {
    keyRef.current = key;
    ref.current = value;
  }
  return ref.current;
}

/**
 * The headless core of the feedback panel: classifies the error, translates the guidance, runs the
 * retry policy (one retry at a time, countdowns, backoff, attempt limits) and returns what to
 * render with prop bags.
 */
export function useCaptureFeedback(options: UseCaptureFeedbackOptions): CaptureFeedbackResult {
  const config = useCaptureFeedbackConfig();
  const { error, classifyOptions, onRetry, onDismiss } = options;
  const stableClassifyOptions = useStableValue(classifyOptions);
  const { classifier, vendor } = config;
  const classified = useMemo(
    () =>
      error === undefined || error === null
        ? null
        : classifier.classify(error, { vendor, ...stableClassifyOptions }),
    [error, classifier, vendor, stableClassifyOptions],
  );
  // The same failure passed again as a new object (an inline error, a parent re-render) is the same
  // issue: no restarted countdown, no second analytics event, no stolen focus.
  const issueKey = classified
    ? JSON.stringify([
        classified.code,
        classified.subject,
        classified.vendorCode,
        classified.requestId,
        classified.retryAfterMs,
        classified.httpStatus,
      ])
    : 'none';
  const issue = useStableValue(classified, issueKey);
  // Bumped when a retry settles: if the host then shows the same failure again (the same string,
  // the same status), it is a new occurrence and gets its own wait, backoff and announcement.
  const [occurrence, setOccurrence] = useState(0);
  const params = useMemo(() => ({ ...config.params, ...options.params }), [config.params, options.params]);
  const guidance = useMemo(
    () => (issue ? describeIssue(issue, config.t, config.locale, params) : null),
    [issue, config.t, config.locale, params],
  );
  const policy = resolveRetryPolicy(config.retryPolicy);

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
  const [liveMessage, setLiveMessage] = useState('');
  const inFlight = useRef(false);
  const retryToken = useRef(0);
  const mounted = useRef(true);
  const focusRef = useRef<HTMLButtonElement | null>(null);
  const rootRef = useRef<HTMLElement | null>(null);
  // Where focus was when the panel took it: it goes back there when the panel goes away.
  const returnFocus = useRef<HTMLElement | null>(null);
  // The latest values, for effects that must run once per issue (or per deadline) and not on
  // every render: reading them through a ref keeps the effects' dependencies honest.
  const current = {
    issue,
    config,
    policy,
    retries,
    attempt,
    exhausted,
    guidance,
    autoFocus: options.autoFocus,
  };
  const latest = useRef(current);
  latest.current = current;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  // A retry that runs long (a slow network) says so once, on screen and to screen readers.
  const [retrySlow, setRetrySlow] = useState(false);
  useEffect(() => {
    setRetrySlow(false);
    const after = latest.current.policy.slowRetryMs;
    if (!retrying || !(after > 0)) return;
    const id = setTimeout(() => {
      const { config: c, issue: i, attempt: a } = latest.current;
      setRetrySlow(true);
      setLiveMessage(c.t('ui.retry_slow'));
      if (i) c.emit({ type: 'retry_slow', ...eventOf(i, a) });
    }, after);
    return () => clearTimeout(id);
  }, [retrying]);

  // A new issue (or the same failure again after a retry): report it, start its wait (rate limit,
  // backoff), focus the primary action. A retry still in flight is only released by a different
  // failure; the same one leaves it to the retry's own settlement (no double submission).
  const shownKey = useRef<string | null>(null);
  const reported = useRef('');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `occurrence` re-runs it on purpose
  useEffect(() => {
    const { config: c, policy: p, retries: r, attempt: a, exhausted: x, autoFocus } = latest.current;
    if (shownKey.current !== issueKey) {
      inFlight.current = false;
      setRetrying(false);
    }
    shownKey.current = issueKey;
    setLiveMessage('');
    if (!issue) {
      setDeadline(null);
      // The panel is gone (the retry worked, or it was dismissed): focus that was in it is lost.
      const back = returnFocus.current;
      returnFocus.current = null;
      const active = document.activeElement;
      if (back?.isConnected && (!active || active === document.body)) back.focus();
      return;
    }
    const base = eventOf(issue, a);
    // Reported once per occurrence: StrictMode's second run of this effect (development) is not a
    // second failure for the host's analytics.
    const fresh = reported.current !== `${issueKey}#${occurrence}`;
    reported.current = `${issueKey}#${occurrence}`;
    if (fresh) c.emit({ type: x ? 'fallback_shown' : 'issue_shown', ...base });
    const waitMs = retryDelayMs(issue, issue.code === 'service.unavailable' ? r : 0, p);
    if (waitMs > 0 && !x) {
      const start = Date.now();
      setNow(start);
      setDeadline(start + waitMs);
      if (fresh) c.emit({ type: 'wait_started', ...base, waitMs });
    } else setDeadline(null);
    if ((autoFocus ?? issue.severity === 'error') && focusRef.current) {
      const active = document.activeElement as HTMLElement | null;
      if (active && active !== document.body && !rootRef.current?.contains(active))
        returnFocus.current = active;
      focusRef.current.focus();
    }
  }, [issue, occurrence]);

  // Unmounted with focus inside: give it back before the nodes go (a passive effect would run after).
  useIsomorphicLayoutEffect(
    () => () => {
      const back = returnFocus.current;
      if (back?.isConnected && rootRef.current?.contains(document.activeElement)) back.focus();
    },
    [],
  );

  // The countdown: ticks four times a second against the deadline; announces its start and its end
  // once each, and nothing else (a new issue is announced by the alert, not here). When the user's
  // language arrives mid-countdown (the English start was all a slow network allowed), the time
  // left is said again in it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the locale is the trigger, read through `latest`
  useEffect(() => {
    if (deadline === null) return;
    const { config: c, attempt: a } = latest.current;
    setLiveMessage(
      c.t('ui.countdown_announce', {
        count: Math.ceil((deadline - Date.now()) / 1000),
        context: waitContext(issue?.code),
      }),
    );
    const id = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= deadline) {
        clearInterval(id);
        setDeadline(null);
        setLiveMessage(latest.current.guidance?.actionLabel ?? '');
        if (issue) c.emit({ type: 'wait_finished', code: issue.code, subject: issue.subject, attempt: a });
      }
    }, 250);
    return () => clearInterval(id);
  }, [deadline, issue, config.locale]);

  const secondsLeft = deadline === null ? 0 : Math.max(0, Math.ceil((deadline - now) / 1000));
  const waiting = deadline !== null && secondsLeft > 0;
  // A retry in flight wins over "exhausted": the last attempt is still running, and the fallback
  // must wait for its result.
  const state: FeedbackState = retrying
    ? 'retrying'
    : exhausted
      ? 'exhausted'
      : waiting
        ? 'waiting'
        : 'ready';

  const retry = useCallback(() => {
    if (!issue || inFlight.current || waiting || exhausted) return;
    inFlight.current = true;
    setRetrying(true);
    const startedFrom = shownKey.current;
    // A retry released by a different failure may settle after the next one started: only the
    // latest retry's settlement ends the busy state (else a double submission becomes possible).
    const token = ++retryToken.current;
    const next = config.attempts.add(attemptKey) + 1;
    config.emit({
      type: 'retry',
      ...eventOf(issue, next),
    });
    let result: unknown;
    try {
      result = onRetry?.();
    } catch (error) {
      // A bug in the host's handler: the panel stays usable (the button comes back), and the error
      // reaches the console and the host's error monitoring instead of vanishing. A rejected
      // promise is different: that is the retry failing, which the next issue will say.
      reportHostError(error);
    }
    Promise.resolve(result)
      .catch(() => undefined)
      .finally(() => {
        if (token !== retryToken.current) return;
        inFlight.current = false;
        if (!mounted.current) return;
        setRetrying(false);
        // Still showing the failure the retry started from: it failed the same way again.
        if (shownKey.current === startedFrom) setOccurrence((n) => n + 1);
      });
  }, [issue, waiting, exhausted, config, attemptKey, onRetry]);

  const dismiss = useCallback(() => {
    if (issue) config.emit({ type: 'dismissed', code: issue.code, subject: issue.subject, attempt });
    onDismiss?.();
  }, [issue, config, attempt, onDismiss]);

  const contactSupport = useCallback(() => {
    if (issue) {
      config.emit({
        type: 'contact_support',
        code: issue.code,
        subject: issue.subject,
        requestId: issue.requestId,
        attempt,
      });
    }
    config.onContactSupport?.();
  }, [issue, config, attempt]);

  const chooseFallback = useCallback(
    (fallback: FallbackOption) => {
      if (issue)
        config.emit({ type: 'fallback_chosen', code: issue.code, subject: issue.subject, attempt, fallback });
      if (fallback === 'support' && !config.onFallback) {
        if (config.onContactSupport) config.onContactSupport();
        else if (config.supportUrl && typeof window !== 'undefined')
          window.location.assign(config.supportUrl);
      }
      config.onFallback?.(fallback);
    },
    [issue, config, attempt],
  );

  const t = config.t;
  const canSupport = Boolean(config.onContactSupport || config.supportUrl);
  const primaryAction: CaptureFeedbackResult['primaryAction'] =
    !issue || issue.action === 'none'
      ? null
      : issue.action === 'contact_support'
        ? canSupport
          ? 'support'
          : onRetry
            ? 'retry'
            : null
        : onRetry
          ? 'retry'
          : null;
  const primaryLabel = !guidance
    ? ''
    : state === 'retrying'
      ? t('ui.retrying')
      : state === 'waiting'
        ? t('actions.wait', { count: secondsLeft, context: waitContext(issue?.code) })
        : issue?.action === 'contact_support' && primaryAction === 'retry'
          ? t('actions.retry')
          : guidance.actionLabel;
  // Fallbacks the host can act on: each needs `onFallback`, and support can also use the support link.
  // An option the kit has no label for (a typo in plain JS) is left out, never a nameless button.
  const fallbacks = (Array.isArray(config.fallbacks) ? config.fallbacks : []).filter((option) =>
    option === 'support'
      ? Boolean(config.onFallback) || canSupport
      : (option === 'another_document' || option === 'manual_review') && Boolean(config.onFallback),
  );

  const id = useId();
  const titleId = `${id}-title`;
  const messageId = `${id}-message`;

  const blocked = state !== 'ready';
  return {
    issue,
    guidance,
    state,
    secondsLeft,
    attemptsLeft,
    attempt,
    fallbacks,
    locale: config.locale,
    dir: config.dir,
    primaryAction,
    primaryLabel,
    liveMessage,
    retrySlow,
    t,
    retry,
    dismiss,
    dismissible: Boolean(onDismiss),
    chooseFallback,
    contactSupport,
    supportUrl: config.supportUrl,
    rootProps: {
      ref: rootRef,
      // A labelled group, not a landmark: several panels on one page must not crowd the landmarks.
      role: 'group',
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
