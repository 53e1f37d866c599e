import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../locales/en.json';
import { createCaptureFeedbackI18nSync } from '../../src/i18n';
import { CaptureFeedback, CaptureFeedbackProvider } from '../../src/index';

const INSTAGRAM_ANDROID =
  'Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.6778.135 Mobile Safari/537.36 Instagram 357.0.0.25.101 Android';
const BANK_APP_IOS =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';
const CHROME_ANDROID =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

afterEach(() => vi.restoreAllMocks());

function panel(userAgent: string, error: unknown) {
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(userAgent);
  render(
    <CaptureFeedbackProvider i18n={createCaptureFeedbackI18nSync()}>
      <CaptureFeedback error={error} onRetry={() => {}} />
    </CaptureFeedbackProvider>,
  );
  return screen.queryByRole('group', { name: en.ui.camera_help_title });
}

describe('camera help inside apps', () => {
  it('camera blocked in Instagram: how to reopen the page in the browser, not Chrome settings', () => {
    const help = panel(INSTAGRAM_ANDROID, new DOMException('denied', 'NotAllowedError'));
    expect(help).not.toBeNull();
    const steps = within(help as HTMLElement)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(steps).toEqual(Object.values(en.camera_help.in_app_browser));
  });

  it('camera blocked in the host app web view: allow the camera for that app', () => {
    const help = panel(BANK_APP_IOS, new DOMException('denied', 'NotAllowedError'));
    expect(
      within(help as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(Object.values(en.camera_help.app_webview));
  });

  it('camera unsupported in an in-app browser: how to reopen the page in the browser', () => {
    const help = panel(INSTAGRAM_ANDROID, new DOMException('no camera API', 'NotSupportedError'));
    expect(document.querySelector('[data-code]')).toHaveAttribute('data-code', 'camera.unsupported');
    expect(
      within(help as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(Object.values(en.camera_help.in_app_browser));
  });

  it('camera unsupported in a regular browser: no settings steps (there is nothing to turn on)', () => {
    expect(panel(CHROME_ANDROID, new DOMException('insecure', 'SecurityError'))).toBeNull();
    expect(document.querySelector('[data-code]')).toHaveAttribute('data-code', 'camera.unsupported');
  });
});
