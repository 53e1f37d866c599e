import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useMemo, useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { classifyAll } from '../classifier';
import { CaptureFeedback } from '../react/capture-feedback';
import { browserError, vendorSamples } from './vendor-samples';

type VendorKey = keyof typeof vendorSamples;

/**
 * Pick a vendor and one of its real payloads (or paste your own), set the HTTP status and
 * `Retry-After`, and see the classification beside what the end user would see.
 */
function VendorPlayground({ initialVendor = 'tencent' }: { readonly initialVendor?: VendorKey }) {
  const id = useId();
  const [vendor, setVendor] = useState<VendorKey>(initialVendor);
  const [sampleIndex, setSampleIndex] = useState(0);
  const sample = vendorSamples[vendor][sampleIndex] ?? vendorSamples[vendor][0];
  const [body, setBody] = useState(sample?.body ?? '');
  const [status, setStatus] = useState(sample?.httpStatus?.toString() ?? '');
  const [retryAfter, setRetryAfter] = useState(sample?.retryAfter ?? '');
  const choose = (v: VendorKey, index: number) => {
    const next = vendorSamples[v][index];
    setVendor(v);
    setSampleIndex(index);
    setBody(next?.body ?? '');
    setStatus(next?.httpStatus?.toString() ?? '');
    setRetryAfter(next?.retryAfter ?? '');
  };
  const input = vendor === 'browser' ? browserError(body) : body;
  const options = useMemo(
    () => ({
      ...(vendor !== 'browser' ? { vendor } : {}),
      ...(status.trim() ? { httpStatus: Number(status) } : {}),
      ...(retryAfter.trim() ? { headers: { 'Retry-After': retryAfter.trim() } } : {}),
    }),
    [vendor, status, retryAfter],
  );
  const issues = useMemo(() => classifyAll(input, options), [input, options]);
  return (
    <div className="sb-playground">
      <form className="sb-playground-form" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor={`${id}-vendor`}>Vendor</label>
        <select id={`${id}-vendor`} value={vendor} onChange={(e) => choose(e.target.value as VendorKey, 0)}>
          {Object.keys(vendorSamples).map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-sample`}>Payload</label>
        <select
          id={`${id}-sample`}
          value={sampleIndex}
          onChange={(e) => choose(vendor, Number(e.target.value))}
        >
          {vendorSamples[vendor].map((s, i) => (
            <option key={s.label} value={i}>
              {s.label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-body`}>Body (as received)</label>
        <textarea
          id={`${id}-body`}
          value={body}
          rows={8}
          spellCheck={false}
          onChange={(e) => setBody(e.target.value)}
        />
        <label htmlFor={`${id}-status`}>HTTP status</label>
        <input
          id={`${id}-status`}
          inputMode="numeric"
          value={status}
          onChange={(e) => setStatus(e.target.value)}
        />
        <label htmlFor={`${id}-retry`}>Retry-After header</label>
        <input id={`${id}-retry`} value={retryAfter} onChange={(e) => setRetryAfter(e.target.value)} />
      </form>
      <section aria-label="Classification" className="sb-playground-result">
        <h2 className="sb-heading">Classification</h2>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
        <pre data-testid="classification" tabIndex={0}>
          {JSON.stringify(issues.length ? issues : 'success: no issue', null, 2)}
        </pre>
      </section>
      <section aria-label="What the user sees" className="sb-playground-result">
        <h2 className="sb-heading">What the user sees</h2>
        {issues.length ? (
          <CaptureFeedback error={issues[0]} onRetry={() => {}} autoFocus={false} />
        ) : (
          <p>Nothing: success.</p>
        )}
      </section>
    </div>
  );
}

const meta = {
  title: 'Playground/Vendor playground',
  component: VendorPlayground,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof VendorPlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Tencent: Story = {
  args: { initialVendor: 'tencent' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('classification')).toHaveTextContent('face.too_far');
    await expect(canvas.getByRole('heading', { name: 'Your face is too far away' })).toBeInTheDocument();
    await userEvent.selectOptions(
      canvas.getByLabelText('Payload'),
      'OCR: card border not whole, blurry (WarnCardInfos)',
    );
    await expect(canvas.getByTestId('classification')).toHaveTextContent('document.cropped');
    await expect(canvas.getByTestId('classification')).toHaveTextContent('image.blurry');
  },
};

export const Fern: Story = {
  args: { initialVendor: 'fern' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByTestId('classification')).toHaveTextContent('"retryAfterMs": 60000');
    await expect(canvas.getByRole('button', { name: /Try again in (60|59) s/ })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    // The vendor's own message never reaches the user.
    await expect(canvasElement.querySelector('.cf-panel')?.textContent).not.toContain('Rate limit exceeded');
  },
};

export const Faceki: Story = { args: { initialVendor: 'faceki' } };
export const Innov8tif: Story = { name: 'Innov8tif', args: { initialVendor: 'innov8tif' } };
export const IdRnd: Story = { name: 'ID R&D', args: { initialVendor: 'idrnd' } };
export const BrowserErrors: Story = { args: { initialVendor: 'browser' } };
