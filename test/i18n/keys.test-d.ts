import { createInstance } from 'i18next';
import { describe, expectTypeOf, it } from 'vitest';
import type { CaptureFeedbackKey, CaptureFeedbackResources } from '../../src/i18n';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { 'capture-feedback': CaptureFeedbackResources };
  }
}

describe('typed keys', () => {
  it('accepts the kit keys and rejects unknown ones', () => {
    expectTypeOf<'issues.face.too_close.title'>().toExtend<CaptureFeedbackKey>();
    expectTypeOf<'actions.wait'>().toExtend<CaptureFeedbackKey>();
    expectTypeOf<'issues.face.too_closer.title'>().not.toExtend<CaptureFeedbackKey>();
  });

  it("types i18next's t through CustomTypeOptions", () => {
    const t = createInstance().getFixedT('en', 'capture-feedback');
    expectTypeOf(t('issues.face.too_close.title')).toBeString();
    // @ts-expect-error: not a key of the kit's namespace
    t('issues.face.not_a_code.title');
  });
});
