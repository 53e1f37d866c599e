import { describe, expect, it } from 'vitest';
import { classify, type VendorId } from '../../src/classifier';
import { browserError, vendorSamples } from '../../src/stories/vendor-samples';

// The payloads the vendor playground and the onboarding-flow stories offer: each must show a
// specific issue (designers and support staff judge the guidance from them), "Success" nothing.
const cases = Object.entries(vendorSamples).flatMap(([vendor, samples]) =>
  samples.map((sample) => [vendor, sample] as const),
);

describe('Storybook vendor samples', () => {
  it.each(cases.map(([vendor, sample]) => [`${vendor}: ${sample.label}`, vendor, sample] as const))(
    '%s',
    (_, vendor, sample) => {
      const issue = classify(vendor === 'browser' ? browserError(sample.body) : sample.body, {
        ...(vendor === 'browser' ? {} : { vendor: vendor as VendorId }),
        ...(sample.httpStatus ? { httpStatus: sample.httpStatus } : {}),
        ...(sample.retryAfter ? { headers: { 'Retry-After': sample.retryAfter } } : {}),
      });
      if (/^success/i.test(sample.label)) expect(issue).toBeNull();
      else expect(issue?.code).toMatch(/^(?!unknown$)[a-z]+\.[a-z_]+$/);
    },
  );
});
