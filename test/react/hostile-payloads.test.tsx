import { cleanup, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier';
import { CaptureFeedback, CaptureFeedbackProvider } from '../../src/index';
import { allSeedRows, wireBody } from '../fixtures/seed-codes';

// What a vendor may put in its free-text fields: personal data, markup, fraud-check details. None of
// it may reach the DOM, whatever the shape around it; nor may a request id that is not a plain token.
const SECRET = 'jane.doe+kyc@example.com <img src=x onerror=alert(1)> liveness score 0.12';

/** A vendor body with the secret in every free-text field, around a real or a made-up code. */
const hostileBody = fc
  .tuple(
    fc.constantFrom(...allSeedRows),
    fc.oneof(fc.constant(undefined), fc.string({ maxLength: 40 }), fc.integer()),
    fc.boolean(),
  )
  .map(([[vendor, seedCode], madeUp, asText]) => {
    const code = madeUp ?? seedCode;
    const body = structuredClone(
      wireBody(vendor, typeof code === 'string' || typeof code === 'number' ? code : seedCode),
    );
    const poison = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      for (const key of [
        'message',
        'Message',
        'details',
        'Description',
        'field',
        'ErrorMsg',
        'RequestId',
        'request_id',
      ])
        if (key in record || key === 'message') record[key] = SECRET;
      for (const value of Object.values(record)) poison(value);
    };
    poison(body);
    return asText ? JSON.stringify(body) : body;
  });

describe('whatever a vendor sends, the panel shows guidance and nothing of the payload', () => {
  it('never throws, never leaves a blank panel, never renders a free-text field', () => {
    fc.assert(
      fc.property(hostileBody, (body) => {
        const { container } = render(
          <CaptureFeedbackProvider onContactSupport={() => {}}>
            <CaptureFeedback error={body} onRetry={() => {}} autoFocus={false} />
          </CaptureFeedbackProvider>,
        );
        try {
          expect(container.innerHTML).not.toContain('example.com');
          expect(container.innerHTML).not.toContain('onerror');
          expect(container.innerHTML).not.toContain('liveness score');
          const panel = container.querySelector('.cf-panel');
          // A payload that means success renders nothing; anything else renders a titled panel.
          if (panel) {
            expect(panel.querySelector('h2, h3, [role="heading"]')?.textContent?.trim()).toBeTruthy();
            expect(container.textContent).not.toMatch(/\bissues\.[a-z_]+\.[a-z_]+/);
          }
        } finally {
          cleanup();
        }
      }),
      { numRuns: 200 },
    );
    // 200 full renders: seconds on a loaded CI machine running the other projects at the same time.
  }, 60_000);
});

describe('an issue classified on the host server and sent to the browser as JSON', () => {
  const fromServer = (issue: unknown) => JSON.parse(JSON.stringify(issue)) as unknown;

  it('shows its guidance and its reference', () => {
    const issue = classify({
      Response: { Error: { Code: 'FailedOperation.ActionFaceFar' }, RequestId: 'ed93f3cb-f35e' },
    });
    const { container } = render(
      <CaptureFeedbackProvider>
        <CaptureFeedback error={fromServer(issue)} onRetry={() => {}} autoFocus={false} />
      </CaptureFeedbackProvider>,
    );
    expect(container.querySelector('.cf-panel')).toHaveAttribute('data-code', 'face.too_far');
    expect(screen.getByRole('heading')).toHaveTextContent('Your face is too far away');
    expect(screen.getByText('Reference: ed93f3cb-f35e')).toBeInTheDocument();
  });

  it('renders nothing of a tampered one but the guidance its code calls for', () => {
    const tampered = {
      ...(fromServer(classify('FailedOperation.LifePhotoDetectFake')) as object),
      requestId: SECRET,
      sensitive: false,
      severity: 'info',
    };
    const { container } = render(
      <CaptureFeedbackProvider>
        <CaptureFeedback error={tampered} onRetry={() => {}} autoFocus={false} />
      </CaptureFeedbackProvider>,
    );
    expect(container.innerHTML).not.toContain('example.com');
    expect(container.innerHTML).not.toContain('onerror');
    expect(container.querySelector('.cf-reference')).toBeNull();
    // Still the neutral wording of a fraud signal, announced as the error it is.
    const panel = container.querySelector('.cf-panel');
    expect(panel).toHaveAttribute('data-code', 'liveness.spoof_suspected');
    expect(panel).toHaveAttribute('data-severity', 'error');
    expect(screen.getByRole('alert')).toBeInTheDocument();
  });
});
