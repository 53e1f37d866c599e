import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { issueFromCode } from '../../src/classifier';
import { createCaptureFeedbackI18nSync } from '../../src/i18n';
import { CaptureFeedback, CaptureFeedbackProvider, type CaptureFeedbackProviderProps } from '../../src/index';

function renderWith(ui: React.ReactElement, props: Partial<CaptureFeedbackProviderProps> = {}) {
  return render(
    <CaptureFeedbackProvider i18n={createCaptureFeedbackI18nSync()} {...props}>
      {ui}
    </CaptureFeedbackProvider>,
  );
}

describe('the primary action does something, or is not there', () => {
  it('shows no button the host cannot act on', () => {
    renderWith(<CaptureFeedback error="FACE_NOT_FOUND" />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('heading')).toHaveTextContent("We can't see your face");
  });

  it('opens support through the configured link or handler, else offers a plain retry', async () => {
    const user = userEvent.setup();
    const { unmount } = renderWith(
      <CaptureFeedback error={issueFromCode('integration.auth', { requestId: 'req_123456' })} />,
      {
        supportUrl: 'https://help.example.com/kyc',
      },
    );
    expect(screen.getByRole('link', { name: 'Contact support' })).toHaveAttribute(
      'href',
      'https://help.example.com/kyc',
    );
    unmount();
    const onContactSupport = vi.fn();
    const second = renderWith(<CaptureFeedback error={issueFromCode('integration.auth')} />, {
      onContactSupport,
    });
    await user.click(screen.getByRole('button', { name: 'Contact support' }));
    expect(onContactSupport).toHaveBeenCalledTimes(1);
    second.unmount();
    const onRetry = vi.fn();
    renderWith(<CaptureFeedback error={issueFromCode('integration.auth')} onRetry={onRetry} />);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('a host handler that throws: the error is reported, the button comes back', async () => {
    const user = userEvent.setup();
    const bug = new TypeError('retake is not a function');
    const reported: unknown[] = [];
    const report = vi.fn((error: unknown) => reported.push(error));
    vi.stubGlobal('reportError', report);
    try {
      renderWith(
        <CaptureFeedback
          error={issueFromCode('face.too_far')}
          onRetry={() => {
            throw bug;
          }}
        />,
      );
      const button = screen.getByRole('button', { name: 'Retake selfie' });
      await user.click(button);
      expect(reported).toEqual([bug]);
      // Usable again: the next click calls the handler again.
      await user.click(await screen.findByRole('button', { name: 'Retake selfie' }));
      expect(reported).toEqual([bug, bug]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('an onEvent (analytics) that throws does not take the panel down', async () => {
    const user = userEvent.setup();
    const report = vi.fn();
    vi.stubGlobal('reportError', report);
    try {
      const onRetry = vi.fn();
      renderWith(<CaptureFeedback error={issueFromCode('face.too_far')} onRetry={onRetry} />, {
        onEvent: () => {
          throw new Error('analytics SDK not loaded');
        },
      });
      expect(screen.getByRole('heading')).toHaveTextContent('Your face is too far away');
      expect(report).toHaveBeenCalled(); // issue_shown
      await user.click(screen.getByRole('button', { name: 'Retake selfie' }));
      expect(onRetry).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('a retry whose promise rejects is a failed retry, not a bug: nothing is reported', async () => {
    const user = userEvent.setup();
    const report = vi.fn();
    vi.stubGlobal('reportError', report);
    try {
      const onRetry = vi.fn(() => Promise.reject(new Error('upload failed')));
      renderWith(<CaptureFeedback error={issueFromCode('face.too_far')} onRetry={onRetry} />);
      await user.click(screen.getByRole('button', { name: 'Retake selfie' }));
      await act(async () => {});
      expect(onRetry).toHaveBeenCalledTimes(1);
      expect(report).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('offers only fallbacks the host can act on', () => {
    renderWith(<CaptureFeedback error={issueFromCode('session.attempts_exhausted')} />, {
      fallbacks: ['manual_review', 'support'],
      onContactSupport: () => {},
    });
    expect(screen.getByRole('button', { name: 'Contact support' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send for manual review' })).toBeNull();
  });
});

describe('keyboard', () => {
  it('reaches the primary action with Tab and activates it with Enter and Space, once each', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    renderWith(
      <>
        <button type="button">before</button>
        <CaptureFeedback error="FACE_NOT_FOUND" onRetry={onRetry} autoFocus={false} onDismiss={() => {}} />
      </>,
      { retryPolicy: { maxAttempts: 5 } },
    );
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Retake selfie' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onRetry).toHaveBeenCalledTimes(1);
    await user.keyboard(' ');
    expect(onRetry).toHaveBeenCalledTimes(2);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  it('keeps focus on the button while it waits, and ignores Enter until the wait is over', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    renderWith(
      <CaptureFeedback
        error={issueFromCode('service.rate_limited', { retryAfterMs: 60_000 })}
        onRetry={onRetry}
      />,
    );
    const button = screen.getByRole('button', { name: /Try again in 60 s/ });
    button.focus();
    await user.keyboard('{Enter}');
    expect(onRetry).not.toHaveBeenCalled();
    expect(button).toHaveFocus();
  });
});

describe('focus is never lost', () => {
  it('moves to the first fallback when the last retry removes the retry button', async () => {
    const user = userEvent.setup();
    renderWith(<CaptureFeedback error="FACE_NOT_FOUND" onRetry={() => {}} />, {
      retryPolicy: { maxAttempts: 2 },
      fallbacks: ['another_document', 'support'],
      onFallback: () => {},
    });
    await user.click(screen.getByRole('button', { name: 'Retake selfie' }));
    expect(screen.getByRole('button', { name: 'Use another document' })).toHaveFocus();
  });
});

describe('focus goes back where it came from when the panel goes away', () => {
  function Flow({ error, show = true }: { error: unknown; show?: boolean }) {
    return (
      <CaptureFeedbackProvider i18n={createCaptureFeedbackI18nSync()}>
        <button type="button">Take photo</button>
        {show ? <CaptureFeedback error={error} onRetry={() => {}} onDismiss={() => {}} /> : null}
        <button type="button">Elsewhere</button>
      </CaptureFeedbackProvider>
    );
  }

  it('when the error clears (the retry worked) and when the panel unmounts', async () => {
    const { rerender } = render(<Flow error={null} />);
    const origin = screen.getByRole('button', { name: 'Take photo' });
    origin.focus();
    rerender(<Flow error="FACE_NOT_FOUND" />);
    expect(screen.getByRole('button', { name: 'Retake selfie' })).toHaveFocus();
    rerender(<Flow error={null} />);
    expect(origin).toHaveFocus();

    rerender(<Flow error="FACE_TOO_CLOSE" />);
    expect(screen.getByRole('button', { name: 'Retake selfie' })).toHaveFocus();
    rerender(<Flow error="FACE_TOO_CLOSE" show={false} />);
    expect(origin).toHaveFocus();
  });

  it('not when the user has moved on elsewhere, nor when the panel only changes issue', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Flow error={null} />);
    screen.getByRole('button', { name: 'Take photo' }).focus();
    rerender(<Flow error="FACE_NOT_FOUND" />);
    rerender(<Flow error="FACE_TOO_CLOSE" />);
    expect(screen.getByRole('button', { name: 'Retake selfie' })).toHaveFocus();
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    await user.click(elsewhere);
    rerender(<Flow error={null} />);
    expect(elsewhere).toHaveFocus();
  });
});

describe('asChild', () => {
  it('merges the retry behaviour and accessibility into the host component', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const hostClick = vi.fn();
    renderWith(
      <CaptureFeedback.Root error="FACE_NOT_FOUND" onRetry={onRetry} autoFocus={false}>
        <CaptureFeedback.Message>
          <CaptureFeedback.Title asChild>
            {/* biome-ignore lint/a11y/useHeadingContent: the title text is filled in by the kit */}
            <h3 className="host-title" />
          </CaptureFeedback.Title>
        </CaptureFeedback.Message>
        <CaptureFeedback.Retry asChild onClick={hostClick}>
          <button type="button" className="host-button">
            Take it again
          </button>
        </CaptureFeedback.Retry>
      </CaptureFeedback.Root>,
    );
    expect(screen.getByRole('heading', { level: 3, name: "We can't see your face" })).toHaveClass(
      'host-title',
    );
    const button = screen.getByRole('button', { name: 'Take it again' });
    expect(button).toHaveClass('host-button');
    expect(button).toHaveAttribute('data-state', 'ready');
    await user.click(button);
    expect(hostClick).toHaveBeenCalledTimes(1);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it("does not run the host's own click handlers while the button is disabled (countdown, retry in flight)", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: false });
    try {
      const partClick = vi.fn();
      const childClick = vi.fn();
      let finish: () => void = () => {};
      const onRetry = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
      renderWith(
        <CaptureFeedback.Root
          error={{ error: { code: 'RATE_LIMIT_EXCEEDED', retryAfter: 3 } }}
          onRetry={onRetry}
          autoFocus={false}
        >
          <CaptureFeedback.Retry onClick={partClick} />
          <CaptureFeedback.Retry asChild>
            <button type="button" onClick={childClick}>
              Mine
            </button>
          </CaptureFeedback.Retry>
        </CaptureFeedback.Root>,
      );
      const [part, child] = screen.getAllByRole('button') as [HTMLElement, HTMLElement];
      expect(part).toHaveAttribute('aria-disabled', 'true');
      act(() => part.click());
      act(() => child.click());
      expect(partClick).not.toHaveBeenCalled();
      expect(childClick).not.toHaveBeenCalled();
      await act(async () => vi.advanceTimersByTime(3500));
      expect(part).not.toHaveAttribute('aria-disabled');
      act(() => part.click());
      expect(partClick).toHaveBeenCalledTimes(1);
      expect(onRetry).toHaveBeenCalledTimes(1);
      // in flight: neither the part's nor the child's handler runs again
      act(() => part.click());
      act(() => child.click());
      expect(partClick).toHaveBeenCalledTimes(1);
      expect(childClick).not.toHaveBeenCalled();
      expect(onRetry).toHaveBeenCalledTimes(1);
      await act(async () => finish());
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets a consumer cancel the built-in action with preventDefault', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    renderWith(
      <CaptureFeedback.Root error="FACE_NOT_FOUND" onRetry={onRetry} autoFocus={false}>
        <CaptureFeedback.Retry onClick={(event) => event.preventDefault()} />
      </CaptureFeedback.Root>,
    );
    await user.click(screen.getByRole('button', { name: 'Retake selfie' }));
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('throws a clear error when a part is used outside the root', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderWith(<CaptureFeedback.Title />)).toThrow(
      '`CaptureFeedback.Title` must be used within `CaptureFeedback.Root`',
    );
  });
});

describe('the last attempt', () => {
  it('shows "Trying again…" while the last attempt runs, and the fallback only once it failed', async () => {
    const user = userEvent.setup();
    let finish: () => void = () => {};
    renderWith(
      <CaptureFeedback error="FACE_NOT_FOUND" onRetry={() => new Promise<void>((r) => (finish = r))} />,
      {
        retryPolicy: { maxAttempts: 2 },
        fallbacks: ['support'],
        onContactSupport: () => {},
      },
    );
    await user.click(screen.getByRole('button', { name: 'Retake selfie' }));
    expect(screen.getByRole('button', { name: 'Trying again…' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.queryByRole('button', { name: 'Contact support' })).toBeNull();
    await act(async () => finish());
    expect(screen.getByRole('button', { name: 'Contact support' })).toBeInTheDocument();
  });
});

describe('announcements', () => {
  it('adds a sentence for screen readers where the title leans on the picture', () => {
    renderWith(<CaptureFeedback error="FailedOperation.ActionFaceLeft" />);
    expect(screen.getByRole('alert')).toHaveTextContent('Your face is not in the middle of the camera view.');
    expect(screen.getByText('Your face is not in the middle of the camera view.')).toHaveClass(
      'cf-visually-hidden',
    );
  });
});
