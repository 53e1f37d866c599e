// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';

describe('server rendering', () => {
  it('imports and renders without window or document', async () => {
    expect(typeof window).toBe('undefined');
    const kit = await import('../../src/index');
    const html = renderToString(
      <kit.CaptureFeedbackProvider>
        <kit.CaptureFeedback error="FACE_TOO_CLOSE" />
      </kit.CaptureFeedbackProvider>,
    );
    expect(html).toContain('Your face is too close');
    expect(html).toContain('data-code="face.too_close"');
  });
});
