import { render } from '@testing-library/react';
import { afterAll, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { CaptureFeedback, CaptureFeedbackProvider } from '../../src/index';
import '../../src/styles.css';

const scheme = (value: 'light' | 'dark') =>
  cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] });
afterAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

const VARIABLES = [
  'bg',
  'fg',
  'muted',
  'border',
  'accent',
  'accent-fg',
  'error',
  'warning',
  'info',
  'hint-bg',
  'hint-fg',
].map((name) => `--cf-${name}`);

function panels() {
  const { container } = render(
    <CaptureFeedbackProvider>
      {['light', 'dark', 'system'].map((theme) => (
        <div key={theme} data-theme={theme}>
          <CaptureFeedback error="FACE_TOO_CLOSE" onRetry={() => {}} autoFocus={false} />
        </div>
      ))}
    </CaptureFeedbackProvider>,
  );
  const [light, dark, system] = [...container.querySelectorAll<HTMLElement>('.cf-panel')].map((panel) =>
    VARIABLES.map((name) => getComputedStyle(panel).getPropertyValue(name).trim()),
  );
  return { light, dark, system };
}

it('data-theme="system" follows a dark device with exactly the dark theme', async () => {
  await scheme('dark');
  const { light, dark, system } = panels();
  expect(system).toEqual(dark);
  expect(dark).not.toEqual(light);
});

it('data-theme="system" stays light on a light device; no theme attribute stays light anywhere', async () => {
  await scheme('light');
  const { light, system } = panels();
  expect(system).toEqual(light);
  await scheme('dark');
  const { container } = render(
    <CaptureFeedbackProvider>
      <CaptureFeedback error="FACE_TOO_CLOSE" onRetry={() => {}} autoFocus={false} />
    </CaptureFeedbackProvider>,
  );
  const plain = container.querySelector('.cf-panel') as HTMLElement;
  expect(getComputedStyle(plain).getPropertyValue('--cf-bg').trim()).toBe('#ffffff');
});
