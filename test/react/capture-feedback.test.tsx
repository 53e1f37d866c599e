import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createInstance } from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { issueFromCode } from '../../src/classifier';
import { createCaptureFeedbackI18nSync, overrideStrings } from '../../src/i18n';
import { CaptureFeedback, type CaptureFeedbackEvent, CaptureFeedbackProvider } from '../../src/index';

function renderPanel(
  ui: React.ReactElement,
  props: Partial<React.ComponentProps<typeof CaptureFeedbackProvider>> = {},
) {
  const i18n = props.i18n ?? createCaptureFeedbackI18nSync();
  return render(
    <CaptureFeedbackProvider i18n={i18n} {...props}>
      {ui}
    </CaptureFeedbackProvider>,
  );
}

describe('CaptureFeedback', () => {
  it('turns a raw vendor body into plain guidance with the right action', () => {
    renderPanel(
      <CaptureFeedback error={{ error: 'FACE_TOO_CLOSE', request_id: 'req-7f3a9c21' }} onRetry={() => {}} />,
    );
    expect(screen.getByRole('heading', { name: 'Your face is too close' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'What to do' })).toHaveTextContent(
      'Move your phone a little farther away.',
    );
    expect(screen.getByRole('button', { name: 'Retake selfie' })).toBeInTheDocument();
    expect(screen.getByText('Reference: req-7f3a9c21')).toBeInTheDocument();
    const panel = screen.getByRole('group');
    expect(panel).toHaveAttribute('data-code', 'face.too_close');
    expect(panel).toHaveAttribute('data-severity', 'error');
    expect(panel).toHaveAttribute('data-state', 'ready');
  });

  it('renders nothing for success, and something for nothing-at-all', () => {
    const { container, rerender } = renderPanel(
      <CaptureFeedback error={{ Response: { Result: 'Success', RequestId: 'abc-123' } }} />,
    );
    expect(container).toBeEmptyDOMElement();
    rerender(
      <CaptureFeedbackProvider i18n={createCaptureFeedbackI18nSync()}>
        <CaptureFeedback error={{}} />
      </CaptureFeedbackProvider>,
    );
    expect(screen.getByRole('heading')).toHaveTextContent(/something went wrong|not your fault|problem/i);
  });

  it('never shows the vendor message: markup and an e-mail address stay out of the DOM', () => {
    const body = {
      error: {
        code: 'VERIFICATION_FAILED',
        message: '<img src=x onerror=alert(1)> jane.doe@example.com',
        details: '<script>alert(1)</script> Customer jane.doe@example.com',
      },
    };
    const { container } = renderPanel(<CaptureFeedback error={body} />);
    expect(container.innerHTML).not.toContain('jane.doe');
    expect(container.innerHTML).not.toContain('alert(1)');
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('announces errors as an alert and moves focus to the primary action', () => {
    renderPanel(<CaptureFeedback error="FailedOperation.ActionLightDark" onRetry={() => {}} />);
    expect(screen.getByRole('alert')).toHaveTextContent('too dark');
    expect(screen.getByRole('button', { name: 'Retake selfie' })).toHaveFocus();
  });

  it('fires one retry per click while the retry is in flight', async () => {
    const user = userEvent.setup();
    let finish: () => void = () => {};
    const onRetry = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    renderPanel(<CaptureFeedback error="FACE_NOT_FOUND" onRetry={onRetry} />);
    const button = screen.getByRole('button', { name: 'Retake selfie' });
    await user.dblClick(button);
    await user.click(button);
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveTextContent('Trying again…');
    await act(async () => finish());
    expect(button).not.toHaveAttribute('aria-disabled');
    await user.click(button);
    expect(onRetry).toHaveBeenCalledTimes(2);
  });

  it('still ends in the fallback when the host passes a retry policy with undefined or broken values', async () => {
    const user = userEvent.setup();
    renderPanel(<CaptureFeedback error="FACE_NOT_FOUND" onRetry={() => {}} />, {
      retryPolicy: { maxAttempts: Number.NaN, backoffBaseMs: undefined },
      fallbacks: ['support'],
    });
    await user.click(screen.getByRole('button', { name: 'Retake selfie' }));
    expect(screen.getByText('1 attempt left')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retake selfie' }));
    expect(screen.queryByRole('button', { name: 'Retake selfie' })).toBeNull();
    expect(screen.getByRole('group', { name: "We can't see your face" })).toHaveAttribute(
      'data-state',
      'exhausted',
    );
  });

  it('leaves out a fallback option it has no label for, rather than render a nameless button', () => {
    renderPanel(<CaptureFeedback error="FACE_NOT_FOUND" onRetry={() => {}} />, {
      retryPolicy: { maxAttempts: 1 },
      fallbacks: ['manual_reveiw' as 'manual_review', 'support'],
      onFallback: () => {},
    });
    const panel = screen.getByRole('group', { name: "We can't see your face" });
    const buttons = within(panel).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Contact support']);
  });

  it('shows the fallback after the last attempt instead of another retry', async () => {
    const user = userEvent.setup();
    const onFallback = vi.fn();
    const events: CaptureFeedbackEvent[] = [];
    renderPanel(<CaptureFeedback error="FACE_NOT_FOUND" onRetry={() => {}} />, {
      retryPolicy: { maxAttempts: 3 },
      fallbacks: ['manual_review', 'support'],
      onFallback,
      onEvent: (e) => events.push(e),
    });
    await user.click(screen.getByRole('button', { name: 'Retake selfie' }));
    expect(screen.getByText('1 attempt left')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retake selfie' }));
    expect(screen.queryByRole('button', { name: 'Retake selfie' })).toBeNull();
    const panel = screen.getByRole('group', { name: "We can't see your face" });
    expect(panel).toHaveAttribute('data-state', 'exhausted');
    await user.click(within(panel).getByRole('button', { name: 'Send for manual review' }));
    expect(onFallback).toHaveBeenCalledWith('manual_review');
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining(['issue_shown', 'retry', 'fallback_chosen']),
    );
    // Analytics carry codes and counts, never personal data.
    for (const event of events) expect(Object.keys(event).sort()).not.toContain('message');
  });

  it('keeps a host-provided i18next instance and its own namespaces untouched', () => {
    const host = createInstance();
    void host.init({
      lng: 'en',
      fallbackLng: 'de',
      ns: ['app'],
      defaultNS: 'app',
      resources: { en: { app: { hello: 'Hello app' } } },
      initAsync: false,
    });
    renderPanel(<CaptureFeedback error="TOO_MANY_FACES" />, { i18n: host });
    expect(screen.getByRole('heading', { name: 'We see more than one face' })).toBeInTheDocument();
    expect(host.t('hello')).toBe('Hello app');
    expect(host.options.defaultNS).toBe('app');
    expect(host.options.fallbackLng).toEqual(['de']);
    expect(host.language).toBe('en');
  });

  it('lets integrators override a string, partially, without console warnings', () => {
    const warn = vi.spyOn(console, 'warn');
    const i18n = createCaptureFeedbackI18nSync();
    overrideStrings(i18n, 'en', { actions: { recapture_selfie: 'Take another selfie' } });
    renderPanel(<CaptureFeedback error="FACE_NOT_FOUND" onRetry={() => {}} />, { i18n });
    expect(screen.getByRole('button', { name: 'Take another selfie' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: "We can't see your face" })).toBeInTheDocument();
    expect(warn).not.toHaveBeenCalled();
  });

  it('switches language while shown, and mirrors for right-to-left locales', async () => {
    const i18n = createCaptureFeedbackI18nSync();
    // An override must not stop the shipped French file from loading (only this string changes).
    overrideStrings(i18n, 'fr', { ui: { steps_label: 'À faire' } });
    // A language the kit does not ship, with one string from the host: the rest falls back to English.
    overrideStrings(i18n, 'eo', { issues: { face: { not_found: { title: 'Ni ne vidas vian vizaĝon' } } } });
    const ui = (locale: string) => (
      <CaptureFeedbackProvider i18n={i18n} locale={locale}>
        <CaptureFeedback error="FACE_NOT_FOUND" />
      </CaptureFeedbackProvider>
    );
    const { rerender } = render(ui('en'));
    expect(screen.getByRole('heading')).toHaveTextContent("We can't see your face");
    rerender(ui('fr'));
    expect(
      await screen.findByRole('heading', { name: 'Nous ne voyons pas votre visage' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'À faire' })).toHaveTextContent('Placez tout votre visage');
    expect(screen.getByRole('group', { name: 'Nous ne voyons pas votre visage' })).toHaveAttribute(
      'dir',
      'ltr',
    );
    rerender(ui('eo'));
    expect(await screen.findByRole('heading', { name: 'Ni ne vidas vian vizaĝon' })).toBeInTheDocument();
    // A key the locale lacks falls back to English, never to a raw key.
    expect(screen.getByRole('list')).toHaveTextContent('Put your whole face inside the frame.');
    rerender(ui('ar'));
    expect(await screen.findByRole('heading', { name: 'لا نستطيع رؤية وجهك' })).toBeInTheDocument();
    const panel = screen.getByRole('group', { name: 'لا نستطيع رؤية وجهك' });
    expect(panel).toHaveAttribute('dir', 'rtl');
    expect(panel).toHaveAttribute('lang', 'ar');
  });
});

describe('a retry that runs long (a slow network)', () => {
  const SLOW = 'This is taking longer than usual. Keep this page open.';
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: false });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const live = (container: HTMLElement) => container.querySelector('[aria-live="polite"]');

  it('says so after slowRetryMs, on screen and once in the live region, and stops when it settles', async () => {
    let finish: () => void = () => {};
    const events: CaptureFeedbackEvent[] = [];
    const { container } = renderPanel(
      <CaptureFeedback
        error="FACE_NOT_FOUND"
        onRetry={() => new Promise<void>((resolve) => (finish = resolve))}
      />,
      { onEvent: (event) => events.push(event) },
    );
    const button = screen.getByRole('button', { name: 'Retake selfie' });
    act(() => button.click());
    expect(button).toHaveTextContent('Trying again…');
    await act(async () => vi.advanceTimersByTime(9_900));
    expect(container).not.toHaveTextContent(SLOW);
    await act(async () => vi.advanceTimersByTime(200));
    expect(container.querySelector('.cf-attempts')).toHaveTextContent(SLOW);
    expect(live(container)).toHaveTextContent(SLOW);
    // Said once: more time passing changes nothing. The host's analytics hear of it once.
    await act(async () => vi.advanceTimersByTime(60_000));
    expect(screen.getAllByText(SLOW)).toHaveLength(2);
    expect(events.filter((e) => e.type === 'retry_slow')).toEqual([
      expect.objectContaining({ type: 'retry_slow', code: 'face.not_found', subject: 'selfie', attempt: 2 }),
    ]);
    // The retry failed the same way: the notice goes, the button is back.
    await act(async () => finish());
    expect(container).not.toHaveTextContent(SLOW);
    expect(button).not.toHaveAttribute('aria-disabled');
  });

  it('says nothing for a quick retry, nor when the host turns it off', async () => {
    let finish: () => void = () => {};
    const onRetry = () => new Promise<void>((resolve) => (finish = resolve));
    const { container, unmount } = renderPanel(<CaptureFeedback error="FACE_NOT_FOUND" onRetry={onRetry} />);
    act(() => screen.getByRole('button', { name: 'Retake selfie' }).click());
    await act(async () => vi.advanceTimersByTime(5_000));
    await act(async () => finish());
    await act(async () => vi.advanceTimersByTime(60_000));
    expect(container).not.toHaveTextContent(SLOW);
    unmount();

    const off = renderPanel(<CaptureFeedback error="FACE_NOT_FOUND" onRetry={onRetry} />, {
      retryPolicy: { slowRetryMs: 0 },
    });
    const button = screen.getByRole('button', { name: 'Retake selfie' });
    act(() => button.click());
    await act(async () => vi.advanceTimersByTime(120_000));
    expect(off.container).not.toHaveTextContent(SLOW);
    expect(button).toHaveTextContent('Trying again…');
  });
});

describe('waiting out a rate limit', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: false });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down Retry-After, announces start and end once, then enables Retry', async () => {
    const onRetry = vi.fn();
    renderPanel(
      <CaptureFeedback
        error={{ error: { code: 'RATE_LIMIT_EXCEEDED', message: 'x' } }}
        classifyOptions={{ httpStatus: 429, headers: { 'Retry-After': '3' } }}
        onRetry={onRetry}
      />,
    );
    const button = screen.getByRole('button', { name: /Try again in 3 s/ });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(/Too many/i);
    expect(screen.getByText('You can try again in 3 seconds.')).toBeInTheDocument();
    button.click();
    expect(onRetry).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTime(1000));
    expect(button).toHaveTextContent('Try again in 2 s');
    await act(async () => vi.advanceTimersByTime(2100));
    expect(button).toHaveTextContent(/^Try again$/);
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(screen.queryByText(/You can try again in/)).toBeNull();
    button.click();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('a verification still under review says "Check again", counting down to when the vendor said', async () => {
    const onRetry = vi.fn();
    renderPanel(
      <CaptureFeedback
        error={{ status: 'processing' }}
        classifyOptions={{ httpStatus: 202, headers: { 'Retry-After': '2' } }}
        onRetry={onRetry}
      />,
    );
    expect(screen.getByRole('heading')).toHaveTextContent("We're still checking your details");
    const button = screen.getByRole('button', { name: 'Check again in 2 s' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('You can check again in 2 seconds.')).toBeInTheDocument();
    await act(async () => vi.advanceTimersByTime(2100));
    expect(button).toHaveTextContent(/^Check again$/);
    button.click();
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('a pending verification without a wait offers "Check again" at once; a rate limit still "Try again"', () => {
    renderPanel(
      <>
        <CaptureFeedback error={issueFromCode('session.pending')} onRetry={() => {}} autoFocus={false} />
        <CaptureFeedback
          error={issueFromCode('service.rate_limited', { retryAfterMs: 3000 })}
          onRetry={() => {}}
        />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Check again' })).not.toHaveAttribute('aria-disabled');
    expect(screen.getByRole('button', { name: 'Try again in 3 s' })).toBeInTheDocument();
  });

  it('clears its timers when unmounted mid-countdown', async () => {
    const { unmount } = renderPanel(
      <CaptureFeedback error={issueFromCode('service.rate_limited', { retryAfterMs: 30_000 })} />,
    );
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('waits out a backoff for service.unavailable after a retry', async () => {
    const onRetry = vi.fn();
    const ui = (error: unknown) => <CaptureFeedback error={error} onRetry={onRetry} />;
    const i18n = createCaptureFeedbackI18nSync();
    const { rerender } = render(
      <CaptureFeedbackProvider i18n={i18n} retryPolicy={{ backoffBaseMs: 4000 }}>
        {ui(issueFromCode('service.unavailable'))}
      </CaptureFeedbackProvider>,
    );
    // The first failure may be retried at once.
    const button = screen.getByRole('button', { name: 'Try again' });
    await act(async () => button.click());
    expect(onRetry).toHaveBeenCalledTimes(1);
    // It failed again: now the user waits between 2 and 4 seconds.
    rerender(
      <CaptureFeedbackProvider i18n={i18n} retryPolicy={{ backoffBaseMs: 4000 }}>
        {ui(issueFromCode('service.unavailable'))}
      </CaptureFeedbackProvider>,
    );
    expect(screen.getByRole('button', { name: /Try again in/ })).toHaveTextContent(/Try again in [234] s/);
  });
});

describe('a host that set up react-i18next with initReactI18next', () => {
  it('uses that global instance, adds its namespace, and follows its language', async () => {
    const { initReactI18next } = await import('react-i18next');
    const host = createInstance();
    await host
      .use(initReactI18next)
      .init({ lng: 'en', resources: { en: { app: { hi: 'Hi' } } }, defaultNS: 'app' });
    render(<CaptureFeedback error="TOO_MANY_FACES" />);
    expect(screen.getByRole('heading', { name: 'We see more than one face' })).toBeInTheDocument();
    expect(host.hasResourceBundle('en', 'capture-feedback')).toBe(true);
    expect(host.t('hi')).toBe('Hi');
    await act(async () => {
      await host.changeLanguage('de');
    });
    expect(
      await screen.findByRole('heading', { name: 'Wir sehen mehr als ein Gesicht' }),
    ).toBeInTheDocument();
  });
});

describe('a locale that is already loaded', () => {
  it('renders in that language from the first paint, without a flash of English', async () => {
    const { loadCaptureFeedbackLocale } = await import('../../src/i18n');
    const i18n = createCaptureFeedbackI18nSync();
    await loadCaptureFeedbackLocale(i18n, 'de');
    render(
      <CaptureFeedbackProvider i18n={i18n} locale="de">
        <CaptureFeedback error="TOO_MANY_FACES" />
      </CaptureFeedbackProvider>,
    );
    // getBy, not findBy: the first render already speaks German.
    expect(screen.getByRole('heading', { name: 'Wir sehen mehr als ein Gesicht' })).toBeInTheDocument();
  });
});
