import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { useCaptureFeedback } from '../react/use-capture-feedback';

/**
 * Headless: a team with its own design system renders its own markup from `useCaptureFeedback`.
 * The hook classifies the raw error, translates the guidance and runs the retry policy; the prop
 * bags carry roles, live-region wiring, `aria-disabled`, `data-state` and the focus handling.
 * Nothing here uses the kit's components or its stylesheet classes.
 */
function DesignSystemCard({ error, onRetry }: { readonly error: unknown; readonly onRetry?: () => unknown }) {
  const feedback = useCaptureFeedback({ error, onRetry });
  const { issue, guidance, rootProps, messageProps, titleProps, retryProps } = feedback;
  if (!issue || !guidance) return null;
  return (
    <section {...rootProps} style={card}>
      <div {...messageProps}>
        <h2 {...titleProps} style={{ margin: 0, fontSize: '1.125rem' }}>
          {guidance.title}
        </h2>
        <ul style={{ paddingInlineStart: '1.25rem' }}>
          {guidance.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      </div>
      {feedback.primaryAction ? (
        <button {...retryProps} style={button}>
          {feedback.primaryLabel}
        </button>
      ) : null}
      <p aria-live="polite" style={hidden}>
        {feedback.liveMessage}
      </p>
      <small>
        state: <code>{feedback.state}</code> · code: <code>{issue.code}</code> · attempts left:{' '}
        {feedback.attemptsLeft}
      </small>
    </section>
  );
}

const card = {
  border: '2px solid #1f2937',
  borderRadius: 4,
  padding: 16,
  maxWidth: 360,
  display: 'grid',
  gap: 12,
  fontFamily: 'Georgia, serif',
  background: '#fff',
  color: '#111827',
} as const;
const button = {
  minBlockSize: 44,
  background: '#1f2937',
  color: '#fff',
  border: 0,
  borderRadius: 999,
  font: 'inherit',
  cursor: 'pointer',
} as const;
const hidden = {
  position: 'absolute',
  inlineSize: 1,
  blockSize: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

/** The host's flow: each retry "fails" again with the same vendor answer until it succeeds. */
function Flow({
  error,
  succeedAfter = Number.POSITIVE_INFINITY,
}: {
  readonly error: unknown;
  readonly succeedAfter?: number;
}) {
  const [tries, setTries] = useState(0);
  const done = tries >= succeedAfter;
  return done ? (
    <p role="status">Selfie accepted.</p>
  ) : (
    <DesignSystemCard
      error={error}
      onRetry={() =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            setTries((n) => n + 1);
            resolve();
          }, 50),
        )
      }
    />
  );
}

const meta = {
  title: 'Components/Headless',
  component: Flow,
} satisfies Meta<typeof Flow>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A Faceki body: guidance, a Retake button, focus on it, and the host's retry called once. */
export const VendorBody: Story = {
  args: { error: { responseCode: 8005, requestId: 'fk-2f9a' }, succeedAfter: 1 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Your face is too close' })).toBeInTheDocument();
    await expect(canvas.getByRole('alert')).toHaveTextContent('Move your phone a little farther away.');
    const retake = canvas.getByRole('button', { name: 'Retake selfie' });
    await waitFor(() => expect(retake).toHaveFocus());
    await userEvent.click(retake);
    await expect(await canvas.findByText('Selfie accepted.')).toBeInTheDocument();
  },
};

/** A rate limit: the same prop bags give a countdown button that stays focusable but inactive. */
export const RateLimited: Story = {
  args: { error: { error: { code: 'RATE_LIMIT_EXCEEDED', retryAfter: 30 } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const wait = canvas.getByRole('button', { name: /Try again in 30 s/ });
    await expect(wait).toHaveAttribute('aria-disabled', 'true');
    await expect(canvas.getByRole('status')).toHaveTextContent('Too many attempts right now');
  },
};
