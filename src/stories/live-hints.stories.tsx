import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import type { IssueCode } from '../classifier';
import { CaptureHintsViewport, useCaptureHints } from '../react/capture-hints';

/** A scripted stream of frame reports: [codes, how long (ms)], at 10 frames per second. */
type Script = readonly (readonly [readonly IssueCode[] | 'flicker', number])[];

const script: Script = [
  [['face.too_far'], 2000],
  // The detector hesitates: too far and too close alternate every frame. The hint must not flicker.
  ['flicker', 2000],
  [['face.too_close'], 2000],
  [['image.blurry'], 2000],
  [[], 1500],
];

/**
 * Live capture hints over a camera view: the host streams codes from its frame analysis, the kit
 * shows the most important one without flicker (minimum display time, hysteresis) and announces
 * hints to screen readers at a bearable rate.
 */
function LiveHints({ loop = true }: { readonly loop?: boolean }) {
  const hints = useCaptureHints();
  const [frames, setFrames] = useState(0);
  const [changes, setChanges] = useState<string[]>([]);
  useEffect(() => {
    const timeline = script.flatMap(([codes, ms]) =>
      Array.from({ length: ms / 100 }, (_, i) =>
        codes === 'flicker' ? (i % 2 ? ['face.too_close'] : ['face.too_far']) : codes,
      ),
    );
    let frame = 0;
    const id = setInterval(() => {
      if (frame >= timeline.length) {
        if (!loop) return clearInterval(id);
        frame = 0;
      }
      hints.report(timeline[frame] ?? []);
      frame++;
      setFrames(frame);
    }, 100);
    return () => clearInterval(id);
  }, [hints.report, loop]);
  useEffect(() => {
    setChanges((previous) =>
      previous.at(-1) === (hints.current ?? 'none') ? previous : [...previous, hints.current ?? 'none'],
    );
  }, [hints.current]);
  return (
    <div>
      {/* The hint sits over the camera preview: the viewport inside it, placed by the container. */}
      <div className="sb-camera">
        <span role="img" aria-label="Simulated camera view">
          camera
        </span>
        <CaptureHintsViewport hints={hints} placement="container" />
      </div>
      <p>
        Frame {frames}. Hints shown so far: <span data-testid="changes">{changes.join(' → ')}</span>
      </p>
    </div>
  );
}

const meta = { title: 'Components/Live hints', component: LiveHints } satisfies Meta<typeof LiveHints>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SimulatedStream: Story = {
  args: { loop: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement.ownerDocument.body);
    await waitFor(() => expect(canvas.getByText('Move closer')).toBeVisible(), { timeout: 8000 });
    // Through the two seconds of alternating codes, the hint changes at most once.
    await waitFor(
      () => expect(within(canvasElement).getByTestId('changes').textContent).toContain('face.too_close'),
      { timeout: 12_000 },
    );
    const shown = within(canvasElement).getByTestId('changes').textContent?.split(' → ') ?? [];
    const flips = shown.filter(
      (code, i) => i > 0 && code === 'face.too_far' && shown[i - 1] === 'face.too_close',
    );
    await expect(flips).toHaveLength(0);
  },
};
