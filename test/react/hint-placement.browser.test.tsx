import { cleanup, render } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { CaptureFeedbackProvider } from '../../src/index';
import '../../src/styles.css';
import { StreamingHint } from './all-panels';

// Where a live hint lands on screen: at the top of the screen by default, or over a camera preview
// that does not fill the screen (the viewport rendered inside it, `placement="container"`).
afterEach(cleanup);

const shownHint = async () => {
  await expect
    .poll(() => document.querySelector('.cf-hint')?.textContent, { timeout: 5000 })
    .toBe('Move closer');
  return (document.querySelector('.cf-hint') as HTMLElement).getBoundingClientRect();
};

it('shows the hint at the top of the screen, centred, by default', async () => {
  render(
    <CaptureFeedbackProvider>
      <div
        style={{ marginInlineStart: 40, inlineSize: 200, display: 'flex', flexDirection: 'column', gap: 20 }}
      >
        <p data-testid="above" style={{ margin: 0 }}>
          Step 2 of 4
        </p>
        <StreamingHint code="face.too_far" />
        <p data-testid="below" style={{ margin: 0 }}>
          Take a selfie
        </p>
      </div>
    </CaptureFeedbackProvider>,
  );
  const hint = await shownHint();
  expect(hint.top).toBeCloseTo(16, 0);
  expect(hint.left + hint.width / 2).toBeCloseTo(document.documentElement.clientWidth / 2, 0);
  // Where it is rendered, it takes no room: one gap between the host's two paragraphs, not two.
  const above = (document.querySelector('[data-testid="above"]') as HTMLElement).getBoundingClientRect();
  const below = (document.querySelector('[data-testid="below"]') as HTMLElement).getBoundingClientRect();
  expect(below.top - above.bottom).toBeCloseTo(20, 0);
});

it('with placement="container", shows it over the camera preview, centred in it', async () => {
  render(
    <CaptureFeedbackProvider>
      <div style={{ blockSize: 300 }} />
      <div
        data-testid="camera"
        style={{
          position: 'relative',
          marginInlineStart: 40,
          inlineSize: 320,
          blockSize: 240,
          background: '#222',
          display: 'grid',
          placeItems: 'center',
        }}
      >
        <div data-testid="preview" style={{ inlineSize: 160, blockSize: 120 }} />
        <StreamingHint code="face.too_far" placement="container" />
      </div>
    </CaptureFeedbackProvider>,
  );
  const hint = await shownHint();
  const camera = (document.querySelector('[data-testid="camera"]') as HTMLElement).getBoundingClientRect();
  expect(hint.top).toBeCloseTo(camera.top + 16, 0);
  expect(hint.bottom).toBeLessThanOrEqual(camera.bottom);
  expect(hint.left).toBeGreaterThanOrEqual(camera.left);
  expect(hint.right).toBeLessThanOrEqual(camera.right);
  expect(hint.left + hint.width / 2).toBeCloseTo(camera.left + camera.width / 2, 0);
  // The preview the host centres in its box stays centred: the hint adds nothing to its layout.
  const preview = (document.querySelector('[data-testid="preview"]') as HTMLElement).getBoundingClientRect();
  expect(preview.top + preview.height / 2).toBeCloseTo(camera.top + camera.height / 2, 0);
});
