import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import fr from '../../locales/fr.json';
import { createCaptureFeedbackI18nSync } from '../../src/i18n';
import { CaptureFeedback, CaptureFeedbackProvider } from '../../src/index';

// The network, not the kit, is what fails here: the French chunk cannot be fetched at first.
const network = vi.hoisted(() => ({ up: false }));
vi.mock('../../src/i18n/loaders', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/i18n/loaders')>();
  return {
    localeLoaders: {
      ...real.localeLoaders,
      fr: () =>
        network.up
          ? import('../../locales/fr.json')
          : Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    },
  };
});

describe('a locale that fails to load', () => {
  it('shows English meanwhile and the locale once the connection is back', async () => {
    render(
      <CaptureFeedbackProvider i18n={createCaptureFeedbackI18nSync()} locale="fr">
        <CaptureFeedback error="FACE_TOO_CLOSE" onRetry={() => {}} />
      </CaptureFeedbackProvider>,
    );
    await act(async () => {});
    expect(screen.getByRole('heading')).toHaveTextContent('Your face is too close');
    network.up = true;
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    expect(await screen.findByRole('heading', { name: fr.issues.face.too_close.title })).toBeInTheDocument();
  });
});
