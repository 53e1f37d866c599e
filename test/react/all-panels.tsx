import { render } from '@testing-library/react';
import { useEffect } from 'react';
import { expect } from 'vitest';
import { allIssueCodes, type IssueCode, issueFromCode } from '../../src/classifier';
import { createCaptureFeedbackI18nSync, loadCaptureFeedbackLocale } from '../../src/i18n';
import {
  CaptureFeedback,
  CaptureFeedbackProvider,
  CaptureHintsViewport,
  type CaptureHintsViewportProps,
  useCaptureHints,
} from '../../src/index';

/** A live hint fed the same code every 50 ms, as a frame analyzer would, until it shows. */
export function StreamingHint({
  code,
  placement,
}: { readonly code: IssueCode } & Pick<CaptureHintsViewportProps, 'placement'>) {
  const hints = useCaptureHints();
  const { report } = hints;
  useEffect(() => {
    const id = setInterval(() => report([code]), 50);
    return () => clearInterval(id);
  }, [report, code]);
  return <CaptureHintsViewport hints={hints} placement={placement} />;
}

/**
 * Renders one panel per issue code in `locale`, each with the longest set of parts it can have (a
 * request id, a countdown for the rate limit and the pending review, the support fallback), and
 * waits for the locale.
 */
export async function renderAllPanels(locale: string) {
  const i18n = createCaptureFeedbackI18nSync();
  await loadCaptureFeedbackLocale(i18n, locale);
  const view = render(
    <CaptureFeedbackProvider i18n={i18n} locale={locale} onContactSupport={() => {}} fallbacks={['support']}>
      <main style={{ margin: 0, padding: 8 }}>
        {allIssueCodes.map((code) => (
          <CaptureFeedback
            key={code}
            error={issueFromCode(code, {
              requestId: 'req_7f3a9c21e8',
              // The two countdowns ("Try again in 30 s", "Check again in 30 s"), the longest labels.
              ...(code === 'service.rate_limited' || code === 'session.pending'
                ? { retryAfterMs: 30_000 }
                : {}),
            })}
            onRetry={() => {}}
            autoFocus={false}
          />
        ))}
      </main>
    </CaptureFeedbackProvider>,
  );
  // The provider applies the locale on mount.
  await expect.poll(() => view.container.querySelector('.cf-panel')?.getAttribute('lang')).toBe(locale);
  return view;
}

/** Panels or buttons whose content is wider than their box: text cut off or scrolled out of sight. */
export function overflowingParts(container: HTMLElement): string[] {
  const overflowing: string[] = [];
  for (const panel of container.querySelectorAll<HTMLElement>('.cf-panel')) {
    if (panel.scrollWidth > panel.clientWidth + 1)
      overflowing.push(`${panel.dataset.code} (${panel.scrollWidth - panel.clientWidth}px)`);
    for (const button of panel.querySelectorAll<HTMLElement>('.cf-button')) {
      if (button.scrollWidth > button.clientWidth + 1 || button.scrollHeight > button.clientHeight + 1)
        overflowing.push(`${panel.dataset.code} button "${button.textContent}"`);
    }
  }
  return overflowing;
}
