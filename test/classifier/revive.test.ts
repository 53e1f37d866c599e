import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, type Issue, type IssueCode, issueCodes, issueFromCode } from '../../src/classifier';

// An app that classifies on its server (a route handler reading the vendor's answer) sends the issue
// to the browser as JSON, and the panel is given that. What crossed the wire is data, not an issue
// this kit made: it is checked again, like any other input.
const overTheWire = (issue: Issue | null) => JSON.parse(JSON.stringify(issue)) as Record<string, unknown>;

const served = [
  classify({
    Response: { Error: { Code: 'FailedOperation.LifePhotoDetectFake' }, RequestId: 'a1b2c3d4-req' },
  }),
  classify('', { httpStatus: 429, headers: { 'retry-after': '30' } }),
  classify(
    { error: { code: 'invalid_request', message: 'bad', field: 'date_of_birth' } },
    { vendor: 'fern' },
  ),
  classify({ Response: { Error: { Code: 'FailedOperation.ActionFaceClose' } } }, { subject: 'video' }),
  classify('5004', { vendor: 'faceki' }),
];

describe('an issue that was classified on the server and sent as JSON', () => {
  it('comes back exactly as it left', () => {
    for (const issue of served) {
      expect(issue).not.toBeNull();
      expect(classify(overTheWire(issue))).toEqual(issue);
    }
  });

  it('takes its meaning from this table, not from the wire', () => {
    const tampered = {
      ...overTheWire(issueFromCode('liveness.spoof_suspected')),
      sensitive: false,
      action: 'retry',
      priority: 1e9,
      severity: 'info',
      category: 'face',
    };
    const issue = classify(tampered);
    expect(issue).toMatchObject({
      code: 'liveness.spoof_suspected',
      ...issueCodes['liveness.spoof_suspected'],
    });
    expect(issue?.sensitive).toBe(true);
  });

  it('keeps only extras that pass the checks the classifier applies to vendor data', () => {
    const issue = classify({
      code: 'service.rate_limited',
      vendorConfidence: 'whatever',
      requestId: 'jane.doe@example.com <img src=x onerror=alert(1)>',
      vendorCode: 'Dear Jane Doe, your selfie failed',
      vendor: { toString: () => 'x' },
      field: '<b>name</b>',
      retryAfterMs: '30000',
      httpStatus: 9000,
      subject: 'selfie',
    });
    expect(issue).toEqual({
      code: 'service.rate_limited',
      ...issueCodes['service.rate_limited'],
      vendorConfidence: 'none',
    });
  });

  it('bounds the wait and keeps the subject to what the code allows', () => {
    expect(
      classify({ code: 'service.unavailable', vendorConfidence: 'none', retryAfterMs: 1e12 })?.retryAfterMs,
    ).toBe(86_400_000);
    for (const wait of [-1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(
        classify({ code: 'service.unavailable', vendorConfidence: 'none', retryAfterMs: wait }),
      ).not.toHaveProperty('retryAfterMs');
    // A camera problem is the device's, whatever the wire says; a blur can be the document's.
    expect(
      classify({ code: 'camera.permission_denied', vendorConfidence: 'none', subject: 'selfie' })?.subject,
    ).toBe('device');
    expect(classify({ code: 'image.blurry', vendorConfidence: 'none', subject: 'document' })?.subject).toBe(
      'document',
    );
    expect(classify({ code: 'image.blurry', vendorConfidence: 'none', subject: 'passport' })?.subject).toBe(
      issueCodes['image.blurry'].subject,
    );
  });

  it('holds for any extras: known code and metadata kept, every extra a short token or a number in range', () => {
    const codes = Object.keys(issueCodes) as IssueCode[];
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.dictionary(
          fc.constantFrom(
            'subject',
            'retryAfterMs',
            'requestId',
            'vendor',
            'vendorCode',
            'field',
            'httpStatus',
            'vendorConfidence',
          ),
          fc.anything({ withBigInt: true, withNullPrototype: true }),
        ),
        (code, extras) => {
          const issue = classify({ ...extras, code, vendorConfidence: extras.vendorConfidence ?? 'none' });
          expect(issue).toMatchObject({ code, ...issueCodes[code] });
          for (const key of ['requestId', 'vendor', 'vendorCode', 'field'] as const) {
            const value = issue?.[key];
            if (value !== undefined) expect(value).toMatch(/^[\w.:-]{1,96}$/);
          }
          if (issue?.retryAfterMs !== undefined) expect(issue.retryAfterMs).toBeGreaterThanOrEqual(0);
          if (issue?.retryAfterMs !== undefined) expect(issue.retryAfterMs).toBeLessThanOrEqual(86_400_000);
          if (issue?.httpStatus !== undefined) expect(Number.isInteger(issue.httpStatus)).toBe(true);
        },
      ),
    );
  });
});

describe('issueFromCode', () => {
  it('applies the same checks to what the host adds', () => {
    expect(issueFromCode('integration.auth', { requestId: 'req_123456' }).requestId).toBe('req_123456');
    expect(
      issueFromCode('integration.auth', { requestId: 'call Jane on +44 20 7946 0000' }),
    ).not.toHaveProperty('requestId');
  });
});

describe("the kit's own issue codes as input", () => {
  it('are understood bare, as JSON and under a generic code field', () => {
    for (const code of Object.keys(issueCodes) as IssueCode[]) {
      expect(classify(code)?.code).toBe(code);
      expect(classify({ code })?.code).toBe(code);
      expect(classify({ error: { code, message: 'x' } })?.code).toBe(code);
    }
  });

  it('are read as written: a near miss is not taken for one', () => {
    expect(classify('face.too_close ')?.code).toBe('face.too_close'); // trimmed like any code
    expect(classify('FACE.TOO_CLOSE')?.code).not.toBe('face.too_close');
    expect(classify('face.too_closer')?.code).toBe('unknown');
  });
});

describe('a wait that comes with the answer', () => {
  it('is kept for what is waited out (202 still processing, 429, 503) and not for a capture problem', () => {
    const headers = { 'Retry-After': '5' };
    expect(classify({ status: 'processing' }, { httpStatus: 202, headers })).toMatchObject({
      code: 'session.pending',
      retryAfterMs: 5_000,
    });
    expect(classify('', { httpStatus: 503, headers })?.retryAfterMs).toBe(5_000);
    expect(classify('FACE_TOO_CLOSE', { headers })).not.toHaveProperty('retryAfterMs');
    expect(issueFromCode('face.too_close', { retryAfterMs: 5_000 })).not.toHaveProperty('retryAfterMs');
  });
});

describe("your backend's own shape", () => {
  it('keeps the request id it gives beside a code', () => {
    expect(classify({ code: 'face.too_close', requestId: 'req_7f3a9c21e8' })).toMatchObject({
      code: 'face.too_close',
      requestId: 'req_7f3a9c21e8',
    });
    expect(classify({ errorCode: 'face.too_close', request_id: 'abc-12345' })).toMatchObject({
      code: 'face.too_close',
      requestId: 'abc-12345',
    });
    // Free text there is no reference to show.
    expect(classify({ code: 'face.too_close', requestId: 'call Jane on 555 0100' })).not.toHaveProperty(
      'requestId',
    );
  });
});
