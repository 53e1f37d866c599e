import { render, screen } from '@testing-library/react';
import { createInstance, type InitOptions } from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { issueFromCode } from '../../src/classifier';
import { createCaptureFeedbackI18nSync } from '../../src/i18n';
import { CaptureFeedback, CaptureFeedbackProvider } from '../../src/index';

// A host's i18next instance is configured for the host's own strings: flat keys written in English
// (`keySeparator: false`), other placeholders, other suffixes. The kit's strings must still read
// right on it: never a raw key, never a countdown without its number.
async function hostInstance(options: InitOptions) {
  const i18n = createInstance();
  await i18n.init({
    lng: 'en',
    resources: { en: { app: { 'Take a selfie': 'Take a selfie' } } },
    ...options,
  });
  return i18n;
}

const waitingPanel = (
  <CaptureFeedback error={issueFromCode('service.rate_limited', { retryAfterMs: 3000 })} onRetry={() => {}} />
);

afterEach(() => vi.restoreAllMocks());

describe("a host instance with the host's own conventions", () => {
  it('flat keys, no namespace separator and %{…} placeholders: the kit reads as usual', async () => {
    const i18n = await hostInstance({
      keySeparator: false,
      nsSeparator: false,
      interpolation: { prefix: '%{', suffix: '}' },
    });
    render(<CaptureFeedbackProvider i18n={i18n}>{waitingPanel}</CaptureFeedbackProvider>);
    expect(screen.getByRole('heading')).toHaveTextContent('Too many attempts right now');
    expect(screen.getByRole('button', { name: 'Try again in 3 s' })).toBeInTheDocument();
    // The host's own strings keep the host's conventions.
    expect(i18n.t('Take a selfie', { ns: 'app' })).toBe('Take a selfie');
  });

  it('other plural or context separators: the kit speaks through its own instance, in the host language', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const i18n = await hostInstance({ pluralSeparator: '-', contextSeparator: '-', lng: 'fr' });
    render(
      <CaptureFeedbackProvider i18n={i18n}>
        {waitingPanel}
        <CaptureFeedback error="FACE_TOO_CLOSE" onRetry={() => {}} autoFocus={false} />
      </CaptureFeedbackProvider>,
    );
    // French puts a no-break space before the unit.
    expect(await screen.findByRole('button', { name: /^Réessayer dans 3\ss$/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Trop de tentatives pour le moment' })).toBeInTheDocument();
    // The selfie's own words (a context), not the generic "Try again".
    expect(screen.getByRole('button', { name: /selfie/i })).toBeInTheDocument();
    expect(warn).toHaveBeenCalledTimes(1);
    // The host instance is left as it was: no kit namespace added to it.
    expect(i18n.hasResourceBundle('en', 'capture-feedback')).toBe(false);
  });
});

describe('the user language arriving during a countdown', () => {
  it('says the time left again, once, in that language', async () => {
    const i18n = createCaptureFeedbackI18nSync();
    const { container } = render(
      <CaptureFeedbackProvider i18n={i18n} locale="fr">
        <CaptureFeedback
          error={issueFromCode('service.rate_limited', { retryAfterMs: 30_000 })}
          onRetry={() => {}}
        />
      </CaptureFeedbackProvider>,
    );
    const region = container.querySelector('.cf-visually-hidden[aria-live="polite"]') as HTMLElement;
    // English first: French is still on its way.
    const spoken = [region.textContent];
    const observer = new MutationObserver(() => spoken.push(region.textContent));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    await screen.findByRole('button', { name: /^Réessayer dans 30\ss$/ });
    await new Promise((resolve) => setTimeout(resolve, 600));
    observer.disconnect();
    const said = spoken.filter((text, i) => text && text !== spoken[i - 1]);
    expect(said).toHaveLength(2);
    expect(said[0]).toBe('You can try again in 30 seconds.');
    expect(said[1]).toMatch(/^Vous pourrez réessayer dans (29|30)\ssecondes\.$/);
  });
});
