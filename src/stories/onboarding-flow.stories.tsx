import type { Meta, StoryObj } from '@storybook/react-vite';
import { useCallback, useRef, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { ClassifyOptions } from '../classifier';
import { CaptureFeedback } from '../react/capture-feedback';
import { CaptureFeedbackProvider, type FallbackOption } from '../react/provider';

interface Failure {
  readonly body: unknown;
  readonly options?: ClassifyOptions;
}

interface Step {
  readonly id: string;
  readonly label: string;
  readonly subject: 'document' | 'selfie' | 'video';
  readonly side?: 'front' | 'back';
  /** Failures in order: attempt 1 gets the first, and so on; then the step succeeds. */
  readonly failures: readonly Failure[];
}

const tencentError = (code: string) => ({
  Response: { Error: { Code: code, Message: 'vendor text' }, RequestId: 'ed93f3cb-f35e-473f' },
});

const happyPathWithFailures: readonly Step[] = [
  {
    id: 'front',
    label: 'Document: front',
    subject: 'document',
    side: 'front',
    failures: [{ body: { Response: { WarnCardInfos: [-9101], RequestId: 'd1d679c5-85fc' } } }],
  },
  {
    id: 'back',
    label: 'Document: back',
    subject: 'document',
    side: 'back',
    failures: [
      {
        body: { error: { code: 'RATE_LIMIT_EXCEEDED', message: 'Too many requests', retryAfter: 2 } },
        options: { httpStatus: 429, headers: { 'Retry-After': '2' } },
      },
    ],
  },
  {
    id: 'selfie',
    label: 'Selfie',
    subject: 'selfie',
    failures: [{ body: { responseCode: 8005, data: {} } }],
  },
  {
    id: 'liveness',
    label: 'Liveness',
    subject: 'video',
    failures: [{ body: tencentError('FailedOperation.ActionFaceFar') }],
  },
];

const endlessSelfieFailures: readonly Step[] = [
  {
    id: 'selfie',
    label: 'Selfie',
    subject: 'selfie',
    failures: Array.from({ length: 10 }, () => ({
      body: { error: 'FACE_NOT_FOUND', request_id: 'ab12cd34' },
    })),
  },
];

// What the demo host says on the screen each fallback leads to.
const hostFallbackCopy: Partial<Record<FallbackOption, string>> = {
  manual_review: 'A member of our team will check your photos. We will email you within one working day.',
  support: 'Our support team will contact you to finish your verification.',
  another_document: 'Choose another document to continue.',
};

/**
 * A KYC onboarding flow: document front, back, selfie, liveness. Each step can fail with a chosen
 * vendor error; the kit shows guidance, retries, counts attempts, waits out rate limits, and offers
 * the fallback once attempts run out.
 */
function OnboardingFlow({
  steps,
  maxAttempts = 3,
  fallbacks = ['manual_review', 'support'],
}: {
  readonly steps: readonly Step[];
  readonly maxAttempts?: number;
  readonly fallbacks?: readonly FallbackOption[];
}) {
  const [index, setIndex] = useState(0);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const attempts = useRef(new Map<string, number>());
  const step = steps[index];

  const capture = useCallback(async () => {
    if (!step) return;
    setBusy(true);
    await new Promise((resolve) => setTimeout(resolve, 150)); // the upload and the vendor call
    const attempt = attempts.current.get(step.id) ?? 0;
    attempts.current.set(step.id, attempt + 1);
    const next = step.failures[attempt];
    setBusy(false);
    if (next) {
      setFailure(next);
      return;
    }
    setFailure(null);
    if (index + 1 < steps.length) setIndex(index + 1);
    else setOutcome('verified');
  }, [step, index, steps.length]);

  if (outcome === 'verified') {
    return (
      <section aria-labelledby="flow-done" className="sb-flow">
        <h2 id="flow-done">You're verified</h2>
        <p>Thanks, all steps are complete.</p>
      </section>
    );
  }
  if (outcome) {
    return (
      <section aria-labelledby="flow-fallback" className="sb-flow">
        <h2 id="flow-fallback">We'll take it from here</h2>
        {/* The host's own next screen: what it says is the host's copy, not the kit's. */}
        <p data-testid="fallback-outcome" data-fallback={outcome}>
          {hostFallbackCopy[outcome as FallbackOption] ?? outcome}
        </p>
      </section>
    );
  }
  if (!step) return null;
  return (
    <CaptureFeedbackProvider
      retryPolicy={{ maxAttempts }}
      fallbacks={fallbacks}
      onFallback={(option) => setOutcome(option)}
    >
      <section aria-labelledby="flow-step" className="sb-flow">
        <p className="sb-progress">
          Step {index + 1} of {steps.length}
        </p>
        <h2 id="flow-step">{step.label}</h2>
        {failure ? (
          <CaptureFeedback
            key={`${step.id}-${attempts.current.get(step.id)}`}
            error={failure.body}
            classifyOptions={{ ...failure.options, subject: step.subject }}
            params={{ documentSide: step.side }}
            attemptKey={step.id}
            onRetry={capture}
          />
        ) : (
          <button
            type="button"
            className="cf-button cf-primary"
            onClick={capture}
            aria-disabled={busy || undefined}
          >
            {busy
              ? 'Uploading…'
              : step.subject === 'document'
                ? 'Take photo'
                : step.subject === 'selfie'
                  ? 'Take selfie'
                  : 'Start recording'}
          </button>
        )}
      </section>
    </CaptureFeedbackProvider>
  );
}

const meta = {
  title: 'Flows/Onboarding flow',
  component: OnboardingFlow,
} satisfies Meta<typeof OnboardingFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every step fails once with a different vendor's error, then succeeds. */
export const FailThenSucceed: Story = {
  args: { steps: happyPathWithFailures },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Front: Tencent OCR warns the card's border is not whole.
    await userEvent.click(canvas.getByRole('button', { name: 'Take photo' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/cut off|corners/i);
    await userEvent.click(canvas.getByRole('button', { name: 'Take a new photo of the front' }));
    // Back: Fern rate limit; the countdown reaches zero and enables the retry.
    await canvas.findByRole('heading', { name: 'Document: back' });
    await userEvent.click(canvas.getByRole('button', { name: 'Take photo' }));
    const waitButton = await canvas.findByRole('button', { name: /Try again in [12] s/ });
    await expect(waitButton).toHaveAttribute('aria-disabled', 'true');
    await waitFor(
      () => expect(canvas.getByRole('button', { name: 'Try again' })).not.toHaveAttribute('aria-disabled'),
      { timeout: 10_000 },
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    // Selfie: Faceki says the face is too close.
    await canvas.findByRole('heading', { name: 'Selfie' });
    await userEvent.click(canvas.getByRole('button', { name: 'Take selfie' }));
    await expect(await canvas.findByRole('heading', { name: 'Your face is too close' })).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Retake selfie' }));
    // Liveness: Tencent says the face is too far; then it passes.
    await canvas.findByRole('heading', { name: 'Liveness' });
    await userEvent.click(canvas.getByRole('button', { name: 'Start recording' }));
    await expect(
      await canvas.findByRole('heading', { name: 'Your face is too far away' }),
    ).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Record again' }));
    await expect(await canvas.findByRole('heading', { name: "You're verified" })).toBeInTheDocument();
  },
};

/** The selfie never passes: after the last attempt the fallback replaces the retry. */
export const AttemptsRunOut: Story = {
  args: { steps: endlessSelfieFailures, maxAttempts: 3 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Take selfie' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Retake selfie' }));
    await expect(await canvas.findByText('1 attempt left')).toBeInTheDocument();
    await userEvent.click(await canvas.findByRole('button', { name: 'Retake selfie' }));
    await expect(await canvas.findByRole('button', { name: 'Send for manual review' })).toBeInTheDocument();
    await expect(canvas.queryByRole('button', { name: 'Retake selfie' })).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Send for manual review' }));
    const outcome = await canvas.findByTestId('fallback-outcome');
    await expect(outcome).toHaveAttribute('data-fallback', 'manual_review');
    await expect(outcome).toHaveTextContent(/team will check your photos/);
  },
};
