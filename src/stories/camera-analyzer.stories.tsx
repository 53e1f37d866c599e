import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createFrameAnalyzer } from '../precheck';
import { CaptureHintsViewport, useCaptureHints } from '../react/capture-hints';

/** Draws a simulated ID card into a canvas whose brightness the story controls. */
function drawCard(ctx: CanvasRenderingContext2D, brightness: number) {
  ctx.filter = `brightness(${brightness})`;
  ctx.fillStyle = '#5b6b7c';
  ctx.fillRect(0, 0, 640, 480);
  ctx.fillStyle = '#f3efe3';
  ctx.fillRect(110, 110, 420, 260);
  ctx.fillStyle = '#23303f';
  ctx.font = 'bold 26px sans-serif';
  ctx.fillText('IDENTITY CARD', 150, 160);
  ctx.font = '18px sans-serif';
  for (let i = 0; i < 5; i++) ctx.fillText(`Line ${i + 1}: ABCDEFGH 1234567`, 150, 200 + i * 30);
  ctx.filter = 'none';
}

/**
 * The pre-check on a live camera: `createFrameAnalyzer` samples the video four times a second and
 * feeds `useCaptureHints`. Here the "camera" is a canvas stream; darken it to see the hint change.
 */
function CameraAnalyzer() {
  const hints = useCaptureHints({ settleMs: 300, minDisplayMs: 800 });
  const videoRef = useRef<HTMLVideoElement>(null);
  const [dark, setDark] = useState(false);
  const brightness = useRef(1);
  brightness.current = dark ? 0.25 : 1;
  const { report } = hints;
  useEffect(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 480;
    const ctx = canvas.getContext('2d');
    const video = videoRef.current;
    if (!ctx || !video) return;
    let frame = 0;
    const draw = () => {
      drawCard(ctx, brightness.current);
      frame = requestAnimationFrame(draw);
    };
    draw();
    video.srcObject = canvas.captureStream(15);
    void video.play().catch(() => undefined);
    const analyzer = createFrameAnalyzer(video, { subject: 'document', onResult: (codes) => report(codes) });
    analyzer.start();
    return () => {
      analyzer.stop();
      cancelAnimationFrame(frame);
    };
  }, [report]);
  return (
    <div>
      <video ref={videoRef} muted playsInline width={320} height={240} aria-label="Simulated camera" />
      <CaptureHintsViewport hints={hints} />
      <p>
        <button type="button" className="cf-button cf-secondary" onClick={() => setDark((d) => !d)}>
          {dark ? 'Turn the light back on' : 'Dim the light'}
        </button>
      </p>
      <p data-testid="current-hint">{hints.current ?? 'no hint'}</p>
    </div>
  );
}

const meta = { title: 'Components/Camera pre-check', component: CameraAnalyzer } satisfies Meta<
  typeof CameraAnalyzer
>;
export default meta;
type Story = StoryObj<typeof meta>;

export const DimTheLight: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByTestId('current-hint')).toHaveTextContent('no hint'), {
      timeout: 5000,
    });
    await userEvent.click(canvas.getByRole('button', { name: 'Dim the light' }));
    await waitFor(() => expect(canvas.getByTestId('current-hint')).toHaveTextContent('lighting.too_dark'), {
      timeout: 10_000,
    });
    await expect(
      within(canvasElement.ownerDocument.body).getAllByText('Find more light').length,
    ).toBeGreaterThan(0);
  },
};
