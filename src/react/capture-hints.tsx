import * as Toast from '@radix-ui/react-toast';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type IssueCode, issueFromCode } from '../classifier';
import { describeIssue } from '../core/guidance';
import { createHintScheduler, type HintSchedulerOptions } from '../core/hint-scheduler';
import { useCaptureFeedbackConfig } from './provider';

export interface UseCaptureHintsOptions extends HintSchedulerOptions {
  /** Stop showing hints (the capture is done, or paused). */
  readonly paused?: boolean;
}

export interface CaptureHints {
  /** Feed the problems one frame had (issue codes; anything else is ignored). `[]` means "fine". */
  readonly report: (codes: readonly unknown[]) => void;
  /** The hint on screen. */
  readonly current: IssueCode | null;
  /** Its text, translated. */
  readonly text: string;
  /** The last announcement for screen readers (throttled). */
  readonly announcement: string;
  readonly reset: () => void;
}

/**
 * Live capture hints without flicker: the host streams codes from its frame analysis (or the
 * vendor SDK's callbacks), the hook picks the most important, holds it for a minimum time, ignores
 * codes that flip back and forth, and throttles screen-reader announcements.
 */
export function useCaptureHints(options: UseCaptureHintsOptions = {}): CaptureHints {
  const config = useCaptureFeedbackConfig();
  const { minDisplayMs, settleMs, staleMs, announceIntervalMs, paused } = options;
  const scheduler = useMemo(
    () => createHintScheduler({ minDisplayMs, settleMs, staleMs, announceIntervalMs }),
    [minDisplayMs, settleMs, staleMs, announceIntervalMs],
  );
  const [current, setCurrent] = useState<IssueCode | null>(null);
  const [announced, setAnnounced] = useState<IssueCode | null>(null);
  const step = useCallback(() => {
    const state = scheduler.tick(Date.now());
    setCurrent(state.current);
    // No hint on screen: empty the live region, so the same hint coming back is announced again
    // (a region whose text does not change says nothing) and nothing stale stays behind.
    if (state.current === null) setAnnounced(null);
    else if (state.announce) setAnnounced(state.announce);
  }, [scheduler]);
  const report = useCallback(
    (codes: readonly unknown[]) => {
      if (paused) return;
      scheduler.report(codes, Date.now());
      step();
    },
    [scheduler, step, paused],
  );
  // A steady clock so settle, minimum display and staleness resolve even between reports.
  useEffect(() => {
    if (paused) {
      scheduler.reset();
      setCurrent(null);
      return;
    }
    const id = setInterval(step, 100);
    return () => clearInterval(id);
  }, [scheduler, step, paused]);

  const hintText = (code: IssueCode | null) =>
    code ? describeIssue(issueFromCode(code), config.t, config.locale).hint : '';
  return {
    report,
    current,
    text: hintText(current),
    announcement: hintText(announced),
    reset: useCallback(() => {
      scheduler.reset();
      setCurrent(null);
      setAnnounced(null);
    }, [scheduler]),
  };
}

export interface CaptureHintsViewportProps {
  readonly hints: CaptureHints;
  /** Rendered before the hint text (an icon, say). */
  readonly children?: ReactNode;
  readonly className?: string;
  /**
   * Where the hint shows: `'screen'` (the default) at the top of the screen, clear of a phone's
   * notch; `'container'` at the top of the nearest positioned ancestor, for a camera preview that
   * does not fill the screen (render the viewport inside it and give it `position: relative`).
   */
  readonly placement?: 'screen' | 'container';
}

/**
 * Shows the current hint as a Radix toast over the camera view, and announces hints through one
 * polite live region at a bearable rate (Radix's own per-toast announcement is switched off with
 * `data-radix-toast-announce-exclude`, so a screen-reader user hears each hint once at most).
 */
export function CaptureHintsViewport({
  hints,
  children,
  className,
  placement = 'screen',
}: CaptureHintsViewportProps) {
  const config = useCaptureFeedbackConfig();
  const label = config.t('ui.hint_region_label');
  const lastAnnouncement = useRef('');
  lastAnnouncement.current = hints.announcement || lastAnnouncement.current;
  return (
    <Toast.Provider
      swipeDirection={config.dir === 'rtl' ? 'left' : 'right'}
      duration={Number.POSITIVE_INFINITY}
      label={label}
    >
      <Toast.Root
        open={hints.current !== null}
        type="background"
        className={['cf-hint', className].filter(Boolean).join(' ')}
        data-code={hints.current ?? undefined}
        dir={config.dir}
        lang={config.locale}
      >
        {children}
        <Toast.Description data-radix-toast-announce-exclude="">{hints.text}</Toast.Description>
      </Toast.Root>
      <Toast.Viewport
        className="cf-hint-viewport"
        data-placement={placement}
        label={label}
        dir={config.dir}
      />
      <p className="cf-visually-hidden" aria-live="polite" aria-atomic="true" lang={config.locale}>
        {hints.announcement}
      </p>
    </Toast.Provider>
  );
}
