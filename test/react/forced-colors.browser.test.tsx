import { render } from '@testing-library/react';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { CaptureFeedback, CaptureFeedbackProvider } from '../../src/index';
import '../../src/styles.css';
import { StreamingHint } from './all-panels';

// Windows contrast themes, emulated in Chromium. The retry button is aria-disabled (not disabled)
// during a countdown so that it keeps focus; with forced colours it must still look disabled.
beforeAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
});
afterAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

const colourOf = (css: string) => {
  const probe = document.createElement('span');
  probe.style.color = css;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
};

it('shows a waiting retry button in GrayText, an active one not', async () => {
  expect(matchMedia('(forced-colors: active)').matches).toBe(true);
  const { container } = render(
    <CaptureFeedbackProvider>
      <CaptureFeedback
        error={{ error: { code: 'RATE_LIMIT_EXCEEDED', retryAfter: 30 } }}
        onRetry={() => {}}
      />
      <CaptureFeedback error="FACE_TOO_CLOSE" onRetry={() => {}} autoFocus={false} />
    </CaptureFeedbackProvider>,
  );
  const [waiting, active] = [...container.querySelectorAll<HTMLElement>('.cf-panel .cf-button')];
  expect(waiting).toHaveAttribute('aria-disabled', 'true');
  expect(active).not.toHaveAttribute('aria-disabled');
  const gray = colourOf('GrayText');
  expect(getComputedStyle(waiting as HTMLElement).color).toBe(gray);
  expect(getComputedStyle(waiting as HTMLElement).borderTopColor).toBe(gray);
  expect(getComputedStyle(active as HTMLElement).color).not.toBe(gray);
});

it('draws the edge of a live hint, which has no background of its own then', async () => {
  render(
    <CaptureFeedbackProvider>
      <StreamingHint code="face.too_close" />
    </CaptureFeedbackProvider>,
  );
  await expect.poll(() => document.querySelector('.cf-hint'), { timeout: 5000 }).not.toBeNull();
  const hint = document.querySelector('.cf-hint') as HTMLElement;
  expect(getComputedStyle(hint).borderTopWidth).toBe('1px');
  expect(getComputedStyle(hint).borderTopStyle).toBe('solid');
});
