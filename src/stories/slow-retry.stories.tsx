import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import ar from '../../locales/ar.json';
import en from '../../locales/en.json';
import { issueFromCode } from '../classifier';
import { CaptureFeedback } from '../react/capture-feedback';

/** A retry on a network so slow it never answers: the panel stays busy and says so. */
function SlowRetry() {
  return (
    <div className="sb-narrow">
      <CaptureFeedback
        error={issueFromCode('video.upload_failed', { requestId: 'req_7f3a9c21e8' })}
        onRetry={() => new Promise<void>(() => {})}
      />
    </div>
  );
}

const meta = {
  title: 'Components/Retry on a slow network',
  component: SlowRetry,
  // The notice comes after 10 s by default; a shorter delay here so the state is quick to see.
  parameters: { kit: { retryPolicy: { slowRetryMs: 1500 } } },
} satisfies Meta<typeof SlowRetry>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * After "Try again", the upload hangs: the button stays busy (one click, one retry) and, after
 * `slowRetryMs`, the panel says it is taking longer than usual and to keep the page open, once to
 * screen readers too.
 */
export const TakingLongerThanUsual: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    const busy = canvas.getByRole('button', { name: 'Trying again…' });
    await expect(busy).toHaveAttribute('aria-disabled', 'true');
    await waitFor(
      () => expect(canvasElement.querySelector('.cf-attempts')).toHaveTextContent(en.ui.retry_slow),
      {
        timeout: 5000,
      },
    );
    await expect(canvasElement.querySelector('.cf-attempts')).toBeVisible();
  },
};

/** The same state in Arabic, right to left. */
export const TakingLongerThanUsualArabic: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: ar.actions.retry }));
    await waitFor(
      () => expect(canvasElement.querySelector('.cf-attempts')).toHaveTextContent(ar.ui.retry_slow),
      {
        timeout: 5000,
      },
    );
  },
};
