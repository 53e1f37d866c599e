import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { issueFromCode } from '../classifier';
import { requestCameraAccess } from '../core/camera';
import { type CameraHelpTarget, cameraHelpTargets } from '../core/camera-help';
import { CaptureFeedback } from '../react/capture-feedback';

/** Camera permission denied: browser- and platform-specific steps, and a Retry that asks again. */
function CameraHelp({ target }: { readonly target: CameraHelpTarget }) {
  return (
    <CaptureFeedback.Root
      error={issueFromCode('camera.permission_denied')}
      onRetry={requestCameraAccess}
      autoFocus={false}
    >
      <CaptureFeedback.Illustration />
      <CaptureFeedback.Message>
        <CaptureFeedback.Title />
        <CaptureFeedback.Guidance />
      </CaptureFeedback.Message>
      <CaptureFeedback.CameraHelp target={target} />
      <CaptureFeedback.Actions />
    </CaptureFeedback.Root>
  );
}

const meta = {
  title: 'Components/Camera help',
  component: CameraHelp,
  argTypes: {
    target: {
      control: 'select',
      options: cameraHelpTargets,
    },
  },
} satisfies Meta<typeof CameraHelp>;
export default meta;
type Story = StoryObj<typeof meta>;

export const SafariIos: Story = {
  args: { target: 'safari_ios' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Turn on camera access' })).toBeInTheDocument();
    await expect(canvas.getAllByRole('listitem').length).toBeGreaterThan(3);
  },
};
export const ChromeAndroid: Story = { args: { target: 'chrome_android' } };
export const SamsungInternet: Story = { args: { target: 'samsung_internet' } };
export const FirefoxDesktop: Story = { args: { target: 'firefox_desktop' } };
export const ChromeDesktop: Story = { args: { target: 'chrome_desktop' } };
/** Opened from a link inside Instagram, Facebook, TikTok, WeChat, LINE…: reopen in the browser. */
export const InAppBrowser: Story = {
  args: { target: 'in_app_browser' },
  play: async ({ canvasElement }) => {
    const help = within(canvasElement).getByRole('group', { name: 'Turn on camera access' });
    const steps = within(help).getAllByRole('listitem');
    await expect(steps).toHaveLength(3);
    await expect(steps[1]).toHaveTextContent('⋯');
  },
};
/** Shown inside another app's web view (the host's own app): allow the camera for that app. */
export const AppWebView: Story = { args: { target: 'app_webview' } };
