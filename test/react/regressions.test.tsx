// Regressions from an independent review: each test reproduces a bug that was found and fixed.
import { act, render, screen } from '@testing-library/react';
import { createInstance } from 'i18next';
import { StrictMode, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { classify, classifyAll } from '../../src/classifier';
import { createCaptureFeedbackI18nSync, overrideStrings } from '../../src/i18n';
import {
  CaptureFeedback,
  CaptureFeedbackProvider,
  type CaptureHints,
  CaptureHintsViewport,
  useCaptureHints,
} from '../../src/index';

const button = () => screen.getAllByRole('button')[0] as HTMLElement;

describe('retries and waits', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: false }));
  afterEach(() => vi.useRealTimers());

  it('a parent re-render with an inline error object neither restarts the countdown nor re-reports it', async () => {
    const i18n = createCaptureFeedbackI18nSync();
    const events: string[] = [];
    let bump: () => void = () => {};
    function Host() {
      const [n, setN] = useState(0);
      bump = () => setN((x) => x + 1);
      return (
        <CaptureFeedbackProvider i18n={i18n} onEvent={(e) => events.push(e.type)}>
          <span>{n}</span>
          <CaptureFeedback
            error={{ error: { code: 'RATE_LIMIT_EXCEEDED', retryAfter: 5 } }}
            onRetry={() => {}}
          />
        </CaptureFeedbackProvider>
      );
    }
    render(<Host />);
    for (let i = 0; i < 6; i++) {
      await act(async () => vi.advanceTimersByTime(1000));
      act(() => bump());
    }
    expect(button()).toHaveTextContent(/^Try again$/);
    expect(events.filter((e) => e === 'issue_shown')).toHaveLength(1);
    expect(events.filter((e) => e === 'wait_started')).toHaveLength(1);
  });

  it('reads a new Headers object: a new Retry-After starts a new wait', async () => {
    const i18n = createCaptureFeedbackI18nSync();
    const ui = (requestId: string, retryAfter: string) => (
      <CaptureFeedbackProvider i18n={i18n}>
        <CaptureFeedback
          error={{ Response: { Error: { Code: 'RequestLimitExceeded' }, RequestId: requestId } }}
          classifyOptions={{ httpStatus: 429, headers: new Headers({ 'retry-after': retryAfter }) }}
          onRetry={() => {}}
        />
      </CaptureFeedbackProvider>
    );
    const { rerender } = render(ui('r-0001', '5'));
    expect(button()).toHaveTextContent('Try again in 5 s');
    await act(async () => vi.advanceTimersByTime(6000));
    rerender(ui('r-0001', '120'));
    expect(button()).toHaveTextContent('Try again in 120 s');
  });

  it('the same primitive error after a failed retry waits again (rate limit) and backs off (server error)', async () => {
    const i18n = createCaptureFeedbackI18nSync();
    const onRetry = vi.fn(() => Promise.reject(new Error('still failing')));
    const ui = (status: number) => (
      <CaptureFeedbackProvider i18n={i18n} retryPolicy={{ backoffBaseMs: 4000 }}>
        <CaptureFeedback
          error={status === 429 ? '' : '<html>502 Bad Gateway</html>'}
          classifyOptions={{ httpStatus: status }}
          onRetry={onRetry}
        />
      </CaptureFeedbackProvider>
    );
    const { unmount } = render(ui(429));
    expect(button()).toHaveTextContent('Try again in 30 s');
    await act(async () => vi.advanceTimersByTime(31_000));
    await act(async () => button().click());
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(button()).toHaveTextContent(/Try again in (30|29) s/);
    unmount();
    render(ui(502));
    await act(async () => button().click());
    // The retry failed with the same 502: now a backoff of 2–4 s before the next one.
    expect(button()).toHaveTextContent(/Try again in [234] s/);
    await act(async () => button().click());
    expect(onRetry).toHaveBeenCalledTimes(2);
  });
});

describe('no double submission', () => {
  it('keeps a pending retry pending when the host re-renders with an equal error', async () => {
    const i18n = createCaptureFeedbackI18nSync();
    let bump: () => void = () => {};
    const onRetry = vi.fn(() => {
      bump(); // the host shows "uploading…" somewhere
      return new Promise<void>(() => {});
    });
    function Host() {
      const [n, setN] = useState(0);
      bump = () => setN((x) => x + 1);
      return (
        <CaptureFeedbackProvider i18n={i18n} retryPolicy={{ maxAttempts: 2 }} onContactSupport={() => {}}>
          <span data-n={n} />
          <CaptureFeedback error={{ error: 'FACE_NOT_FOUND', request_id: 'abc123' }} onRetry={onRetry} />
        </CaptureFeedbackProvider>
      );
    }
    render(<Host />);
    await act(async () => button().click());
    await act(async () => button().click());
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(button()).toHaveTextContent('Trying again…');
    expect(screen.queryByText(/try another way/i)).toBeNull();
  });
});

describe('overrides and loading', () => {
  it('an English override on a host instance keeps every other English string', () => {
    const host = createInstance();
    void host.init({
      lng: 'en',
      resources: { en: { app: { hi: 'Hi' } } },
      defaultNS: 'app',
      initAsync: false,
    });
    overrideStrings(host, 'en', { actions: { contact_support: 'Chat with us' } });
    render(
      <CaptureFeedbackProvider i18n={host} onContactSupport={() => {}}>
        <CaptureFeedback error="FACE_NOT_FOUND" onRetry={() => {}} />
        <CaptureFeedback error={{ error: { code: 'AUTHENTICATION_FAILED' } }} />
      </CaptureFeedbackProvider>,
    );
    expect(screen.getByRole('heading', { name: "We can't see your face" })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retake selfie' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Chat with us' })).toBeInTheDocument();
  });

  it('a French override does not stop the French file from loading', async () => {
    const i18n = createCaptureFeedbackI18nSync();
    overrideStrings(i18n, 'fr', { ui: { fallback_support: 'Discuter avec nous' } });
    render(
      <CaptureFeedbackProvider i18n={i18n} locale="fr">
        <CaptureFeedback error="FACE_NOT_FOUND" />
      </CaptureFeedbackProvider>,
    );
    expect(
      await screen.findByRole('heading', { name: 'Nous ne voyons pas votre visage' }),
    ).toBeInTheDocument();
  });
});

describe('live hints', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('announces a hint that comes back, and leaves nothing stale in the live region', async () => {
    let hints: CaptureHints | undefined;
    function Harness() {
      hints = useCaptureHints({ minDisplayMs: 500, settleMs: 200, staleMs: 1000, announceIntervalMs: 1000 });
      return <CaptureHintsViewport hints={hints} />;
    }
    render(
      <CaptureFeedbackProvider i18n={createCaptureFeedbackI18nSync()}>
        <Harness />
      </CaptureFeedbackProvider>,
    );
    const live = document.querySelector('p[aria-live="polite"]') as HTMLElement;
    const texts: string[] = [];
    const frames = async (codes: string[], ms: number) => {
      for (let t = 0; t < ms; t += 100) {
        await act(async () => {
          if (codes.length) hints?.report(codes);
          vi.advanceTimersByTime(100);
        });
        if (texts.at(-1) !== live.textContent) texts.push(live.textContent ?? '');
      }
    };
    await frames(['face.too_far'], 1500);
    await frames([], 3000); // the stream stops: the hint clears
    expect(live.textContent).toBe('');
    await frames(['face.too_far'], 1500);
    expect(texts.filter((t) => t === 'Move closer')).toHaveLength(2);
  });
});

describe('classifier', () => {
  it('reads a Faceki Blaze success as success', () => {
    expect(
      classify({ status: true, statusCode: 200, message: 'Success', data: { id: 'x' } }, { httpStatus: 200 }),
    ).toBeNull();
  });

  it('recognises a Tencent envelope without a RequestId', () => {
    expect(classifyAll({ Response: { WarnCardInfos: [-9108, -9101] } }).map((i) => i.code)).toEqual([
      'document.cropped',
      'image.blurry',
    ]);
    expect(classify({ Response: { Result: 'Success' } })).toBeNull();
  });

  it('reads a list of success bodies as success, unless the status says otherwise', () => {
    expect(classify([{ Response: { Result: 'Success', RequestId: 'abc-123' } }, 0])).toBeNull();
    expect(classify([0], { httpStatus: 503 })?.code).toBe('service.unavailable');
  });
});

describe('a 2xx body that carries no error is a success', () => {
  it('Fern 201 with the new customer, a 200 with {} — but not a 200 that says it failed', () => {
    expect(classify({ id: 'cus_123', email: 'x' }, { httpStatus: 201, vendor: 'fern' })).toBeNull();
    expect(classify({}, { httpStatus: 200 })).toBeNull();
    expect(classify({ success: false, reason: 'x' }, { httpStatus: 200 })?.code).toBe('unknown');
    expect(classify({ errors: [{ message: 'x' }] }, { httpStatus: 200 })?.code).toBe('unknown');
    expect(classify({ status: 'failed' }, { httpStatus: 200 })?.code).toBe('unknown');
    // Without a status nothing proves success.
    expect(classify({ id: 'cus_123' })?.code).toBe('unknown');
  });
});

describe('StrictMode (development)', () => {
  it('reports an issue and its wait once, though React runs the effects twice', () => {
    const events: string[] = [];
    render(
      <StrictMode>
        <CaptureFeedbackProvider i18n={createCaptureFeedbackI18nSync()} onEvent={(e) => events.push(e.type)}>
          <CaptureFeedback
            error={{ error: { code: 'RATE_LIMIT_EXCEEDED', retryAfter: 5 } }}
            onRetry={() => {}}
          />
        </CaptureFeedbackProvider>
      </StrictMode>,
    );
    expect(events).toEqual(['issue_shown', 'wait_started']);
    expect(screen.getByRole('button')).toHaveTextContent('Try again in 5 s');
  });
});
