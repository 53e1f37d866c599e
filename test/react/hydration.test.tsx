import { act } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../locales/en.json';
import { createCaptureFeedbackI18nSync } from '../../src/i18n';
import {
  CaptureFeedback,
  CaptureFeedbackProvider,
  CaptureHintsViewport,
  useCaptureHints,
} from '../../src/index';

const IPAD =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15';

afterEach(() => vi.restoreAllMocks());

describe('hydration of server-rendered HTML', () => {
  it('hydrates camera help without a mismatch, then shows the steps for the browser it runs in', async () => {
    const i18n = createCaptureFeedbackI18nSync();
    const ui = (
      <CaptureFeedbackProvider i18n={i18n}>
        <CaptureFeedback error={new DOMException('denied', 'NotAllowedError')} onRetry={() => {}} />
      </CaptureFeedbackProvider>
    );
    // The server knows no browser: generic steps.
    const html = renderToString(ui);
    expect(html).toContain('data-target="other"');
    // An iPad in its default "desktop" mode: a Mac user agent with a touch screen.
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(IPAD);
    Object.defineProperty(navigator, 'maxTouchPoints', { value: 5, configurable: true }); // jsdom has none
    const { container, unmount } = await hydrateWithoutMismatch(html, ui);
    expect(container.querySelector('[data-target]')).toHaveAttribute('data-target', 'safari_ios');
    expect(container).toHaveTextContent(en.camera_help.safari_ios.step1);
    unmount();
    Reflect.deleteProperty(navigator, 'maxTouchPoints');
  });

  it('hydrates an unsupported camera in an in-app browser, then shows how to reopen the page', async () => {
    const i18n = createCaptureFeedbackI18nSync();
    const ui = (
      <CaptureFeedbackProvider i18n={i18n}>
        <CaptureFeedback error={new DOMException('no camera API', 'NotSupportedError')} onRetry={() => {}} />
      </CaptureFeedbackProvider>
    );
    // The server cannot know it runs in an app: no camera help for an unsupported camera.
    const html = renderToString(ui);
    expect(html).not.toContain('data-target');
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 357.0.0.25.101',
    );
    const { container, unmount } = await hydrateWithoutMismatch(html, ui);
    expect(container.querySelector('[data-target]')).toHaveAttribute('data-target', 'in_app_browser');
    expect(container).toHaveTextContent(en.camera_help.in_app_browser.step2);
    unmount();
  });

  it.each([
    ['a rate limit with Retry-After', { error: { code: 'RATE_LIMIT_EXCEEDED', retryAfter: 30 } }],
    ['a framing issue', 'FACE_TOO_CLOSE'],
    ['an outage', { Response: { Error: { Code: 'InternalError' }, RequestId: 'r-1' } }],
    ['a network failure', new TypeError('Failed to fetch')],
  ])('hydrates %s without a mismatch', async (_, error) => {
    const i18n = createCaptureFeedbackI18nSync();
    const ui = (
      <CaptureFeedbackProvider i18n={i18n}>
        <CaptureFeedback error={error} onRetry={() => {}} onDismiss={() => {}} />
        <Hints />
      </CaptureFeedbackProvider>
    );
    const html = renderToString(ui);
    // The server had no clipboard; the browser has one (a secure page): the copy button must not
    // make hydration fail.
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async () => {} },
      configurable: true,
    });
    const { container, unmount } = await hydrateWithoutMismatch(html, ui);
    expect(container.querySelector('[data-code]')).not.toBeNull();
    if (html.includes('cf-reference')) {
      expect(html).not.toContain('cf-link');
      expect(container.querySelector('.cf-reference button')).toHaveTextContent(en.ui.copy_reference);
    }
    unmount();
    Reflect.deleteProperty(navigator, 'clipboard');
  });
});

/**
 * Hydrates server HTML in a container on the page and asserts that React reported no
 * mismatch (no recoverable error, nothing on console.error). `unmount` must be called, or the
 * hints' clock would tick on after the test (and its jsdom) are gone.
 */
async function hydrateWithoutMismatch(html: string, ui: React.ReactElement) {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const recoverable: unknown[] = [];
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  let root: Root | undefined;
  await act(async () => {
    root = hydrateRoot(container, ui, { onRecoverableError: (error) => recoverable.push(error) });
  });
  expect(recoverable).toEqual([]);
  expect(errors).not.toHaveBeenCalled();
  return {
    container,
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

function Hints() {
  const hints = useCaptureHints();
  return <CaptureHintsViewport hints={hints} />;
}
