import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier';
import { vendorSamples } from '../../src/stories/vendor-samples';
import { allSeedRows, wireBody } from '../fixtures/seed-codes';

// A failure must stay a failure when a gateway or the host's backend adds fields of its own around
// the vendor's answer (a request id under another vendor's name, a timestamp, `success: false`…):
// read as success, it would show the user nothing at all after a failed capture.
const failures = Object.entries(vendorSamples)
  .filter(([vendor]) => vendor !== 'browser')
  .flatMap(([, samples]) => samples)
  .filter((sample) => !/^success/i.test(sample.label) && sample.body.trim().startsWith('{'))
  .map((sample) => ({ ...sample, value: JSON.parse(sample.body) as Record<string, unknown> }));

const noise = fc.dictionary(
  fc.constantFrom(
    'request_id',
    'requestId',
    'RequestId',
    'timestamp',
    'success',
    'data',
    'meta',
    'trace_id',
    'result',
  ),
  fc.constantFrom<unknown>('3f1d2c0a-5b7e', 1732330000, false, null, {}, []),
  { maxKeys: 4 },
);

describe('an error body with extra envelope fields', () => {
  it('is never read as success', () => {
    fc.assert(
      fc.property(fc.constantFrom(...failures), noise, (sample, extra) => {
        const body = { ...extra, ...sample.value };
        const issue = classify(body, sample.httpStatus ? { httpStatus: sample.httpStatus } : {});
        expect(issue, `${sample.label} + ${JSON.stringify(extra)}`).not.toBeNull();
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the issue of every seed code in its wire format', () => {
    const rows = allSeedRows.filter(([vendor, code]) => {
      const body = wireBody(vendor, code);
      return body !== null && typeof body === 'object' && !Array.isArray(body);
    });
    fc.assert(
      fc.property(fc.constantFrom(...rows), noise, ([vendor, code, issue], extra) => {
        const body = { ...extra, ...(wireBody(vendor, code) as Record<string, unknown>) };
        expect(classify(body)?.code, `${vendor} ${code} + ${JSON.stringify(extra)}`).toBe(issue);
      }),
      { numRuns: 1000 },
    );
  });
});
