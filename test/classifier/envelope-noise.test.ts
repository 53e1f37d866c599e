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

describe('a success body with empty envelope fields', () => {
  const successes = [
    { Response: { Result: 'Success', RequestId: 'abc-123' } },
    { Response: { ErrorCode: 0, ErrorMsg: 'ok', RequestId: 'abc-123' } },
    { Response: { Name: 'x', WarnCardInfos: [], RequestId: 'abc-123' } },
    { responseCode: 0, data: { access_token: 't' } },
    { probability: 0.99, quality: 0.7, score: 5.2 },
    { request_id: '1491401591,b0398', result_idcard: { confidence: 96.4 } },
    { customerStatus: 'ACTIVE' },
  ];
  const empty = fc.dictionary(
    fc.constantFrom('error', 'errors', 'success', 'message', 'meta', 'request_id', 'RequestId'),
    fc.constantFrom<unknown>(null, '', [], {}, false, true, 'ok'),
    { maxKeys: 3 },
  );

  it('is still a success (never shown as an error)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...successes), empty, (body, extra) => {
        // `success: false` or an `error` with something in it would be a failure: not empty.
        fc.pre(extra.success !== false && !(typeof extra.error === 'string' && extra.error !== ''));
        fc.pre(
          !(typeof extra.errors === 'string' && extra.errors !== '') &&
            extra.error !== true &&
            extra.errors !== true,
        );
        const merged = { ...extra, ...body };
        expect(classify(merged), JSON.stringify(merged)).toBeNull();
      }),
      { numRuns: 500 },
    );
  });
});

describe("a vendor's answer inside the host's own envelope", () => {
  it('keeps the issue of every seed code, wrapped once or twice, as an object or JSON text', () => {
    const rows = allSeedRows.filter(([vendor, code]) => {
      const body = wireBody(vendor, code);
      return body !== null && typeof body === 'object' && !Array.isArray(body);
    });
    const key = fc.constantFrom('data', 'result', 'error', 'detail', 'body', 'payload');
    fc.assert(
      fc.property(
        fc.constantFrom(...rows),
        key,
        fc.option(key),
        fc.boolean(),
        ([vendor, code, issue], outer, inner, text) => {
          const body = wireBody(vendor, code);
          const once = { [inner ?? outer]: text ? JSON.stringify(body) : body };
          const wrapped = inner ? { [outer]: once } : once;
          expect(classify(wrapped)?.code, `${vendor} ${code} in ${JSON.stringify(wrapped)}`).toBe(issue);
        },
      ),
      { numRuns: 1000 },
    );
  });

  const tencent = { Response: { Error: { Code: 'FailedOperation.ActionFaceFar' }, RequestId: 'r-1' } };
  const faceki = { responseCode: 8005, data: {} };

  it.each([
    ['{ data }', { data: tencent }],
    ['{ result }', { result: tencent }],
    ['{ success: false, error }', { success: false, error: tencent }],
    ['{ errors: [ … ] }', { errors: [tencent] }],
    ['{ detail } two levels down', { detail: { payload: tencent } }],
    ['a Lambda proxy { statusCode, body: "…" }', { statusCode: 200, body: JSON.stringify(tencent) }],
  ])('%s', (_, body) => {
    expect(classify(body)).toMatchObject({ code: 'face.too_far', vendor: 'tencent', requestId: 'r-1' });
  });

  it('takes the status of a Lambda proxy envelope', () => {
    expect(classify({ statusCode: 400, body: JSON.stringify(faceki) })).toMatchObject({
      code: 'face.too_close',
      vendor: 'faceki',
      httpStatus: 400,
    });
  });

  it('a wrapped success is a success, unless the envelope says it failed', () => {
    const ok = { Response: { Result: 'Success', RequestId: 'r-2' } };
    expect(classify({ data: ok })).toBeNull();
    expect(classify({ success: false, data: ok })).not.toBeNull();
    expect(classify({ ok: false, result: ok })).not.toBeNull();
  });

  it('nothing a vendor reads inside: the envelope is judged as before', () => {
    expect(classify({ data: { name: 'x' } })?.code).toBe('unknown');
    expect(classify({ data: { name: 'x' } }, { httpStatus: 200 })).toBeNull();
    expect(classify({ data: [] })?.code).toBe('unknown');
  });
});

describe("a vendor's code in a generic error shape from the host's backend", () => {
  it.each([
    [{ error: { code: 'FACE_TOO_CLOSE', message: 'Please move back' } }, 'face.too_close'],
    [{ error: { code: 'FailedOperation.ActionFaceFar' } }, 'face.too_far'],
    [{ code: 'FailedOperation.LifePhotoDetectFake', message: 'x' }, 'liveness.spoof_suspected'],
    [{ errorCode: 'InternalError.ActionLightDark' }, 'lighting.too_dark'],
    [{ success: false, errCode: 'PAYLOAD_TOO_LARGE' }, 'file.too_large'],
  ])('%j → %s', (body, issue) => {
    expect(classify(body)?.code).toBe(issue);
  });

  it('every seed code a bare lookup understands is understood inside { error: { code } } and { code }', () => {
    // Numbers several vendors share (`1`) are ambiguous without a hint, and `{ error: { code } }` is
    // Fern's own shape, where Fern's rules (the `field`) decide: both left out.
    const rows = allSeedRows.filter(([vendor, code, issue]) => {
      const bare = classify(String(code));
      return vendor !== 'fern' && bare?.code === issue && bare.vendorConfidence !== 'ambiguous';
    });
    expect(rows.length).toBeGreaterThan(100);
    for (const [vendor, code, issue] of rows) {
      expect(classify({ error: { code, message: 'x' } })?.code, `${vendor} ${code}`).toBe(issue);
      expect(classify({ code, message: 'x' })?.code, `${vendor} ${code} top-level`).toBe(issue);
    }
  });

  it('the usual success envelope ({ code: 0 }, { code: 200 }) is a success, unless the status says otherwise', () => {
    expect(classify({ code: 0, message: 'ok' })).toBeNull();
    expect(classify({ errorCode: '0' })).toBeNull();
    expect(classify({ code: 200, msg: 'success', data: { id: 1 } })).toBeNull();
    expect(classify({ code: 'SUCCESS' })).toBeNull();
    expect(classify({ code: 0, message: 'ok' }, { httpStatus: 503 })?.code).toBe('service.unavailable');
    // Not when something says it failed.
    expect(classify({ code: 0, error: 'PAYLOAD_TOO_LARGE' })).not.toBeNull();
  });

  it('a generic envelope that says it succeeded is a success; one that says rejected is a rejection', () => {
    for (const body of [
      { success: true },
      { ok: true, data: { id: 1 } },
      { status: 'success' },
      { result: 'OK' },
      { decision: 'accepted' },
      { status: 'approved' },
    ])
      expect(classify(body), JSON.stringify(body)).toBeNull();
    expect(classify({ decision: 'rejected' })?.code).toBe('verification.rejected');
    expect(classify({ status: 'declined' })?.code).toBe('verification.rejected');
    expect(classify({ status: 'pending' })?.code).toBe('session.pending');
    expect(classify({ decision: 'in_review' })?.severity).toBe('info');
    // Failing or silent envelopes stay errors, and a wrapped failure wins over the outer word.
    expect(classify({ success: false })?.code).toBe('unknown');
    expect(classify({})?.code).toBe('unknown');
    expect(classify({ success: true, error: 'PAYLOAD_TOO_LARGE' })).not.toBeNull();
    expect(
      classify({ success: true, data: { Response: { Error: { Code: 'FailedOperation.ActionFaceFar' } } } })
        ?.code,
    ).toBe('face.too_far');
  });

  it('a code nobody knows stays unknown, without its message', () => {
    const issue = classify({ error: { code: 'E_SOMETHING_NEW', message: 'jane@example.com failed' } });
    expect(issue?.code).toBe('unknown');
    expect(JSON.stringify(issue)).not.toContain('jane@example.com');
  });
});

describe('a vendor hint never turns another failure into a success', () => {
  it.each(['tencent', 'faceki', 'innov8tif', 'idrnd', 'fern'] as const)('hint %s', (hint) => {
    for (const sample of failures) {
      const issue = classify(sample.value, {
        vendor: hint,
        ...(sample.httpStatus ? { httpStatus: sample.httpStatus } : {}),
      });
      expect(issue, `${sample.label} with hint ${hint}`).not.toBeNull();
    }
  });
});

describe('common error shapes of web stacks', () => {
  it('a GraphQL error with the code in extensions', () => {
    expect(classify({ errors: [{ message: 'x', extensions: { code: 'FACE_TOO_CLOSE' } }] })?.code).toBe(
      'face.too_close',
    );
  });

  it('a status inside the body (problem+json, NestJS) when no HTTP status was given', () => {
    expect(classify({ type: 'about:blank', title: 'Too Many Requests', status: 429 })?.code).toBe(
      'service.rate_limited',
    );
    expect(
      classify({ statusCode: 503, message: 'Service Unavailable', error: 'Service Unavailable' }),
    ).toMatchObject({ code: 'service.unavailable', httpStatus: 503 });
    // A specific vendor code still wins over the status.
    expect(classify({ statusCode: 400, error: { code: 'FailedOperation.ActionFaceFar' } })?.code).toBe(
      'face.too_far',
    );
  });

  it('a failed fetch Response passed to classify: its status and Retry-After', () => {
    expect(classify(new Response('', { status: 429, headers: { 'Retry-After': '30' } }))).toMatchObject({
      code: 'service.rate_limited',
      retryAfterMs: 30_000,
    });
    // A 2xx one cannot be read synchronously, and Tencent fails inside HTTP 200: not a success.
    expect(classify(new Response('{}', { status: 200 }))).not.toBeNull();
  });
});
