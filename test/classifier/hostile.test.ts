import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { classify, classifyAll, classifyResponse, createClassifier, isIssueCode } from '../../src/classifier';

describe('total and safe on hostile input', () => {
  it('never throws and always returns issues with known codes, whatever it gets', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
        }),
        fc.option(fc.integer({ min: -10, max: 1000 })),
        (input, status) => {
          const issues = classifyAll(input, status === null ? {} : { httpStatus: status });
          for (const issue of issues) expect(isIssueCode(issue.code)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('survives JSON text of any shape', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(() => classify(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('survives cycles, throwing getters, proxies, symbols and __proto__ keys', () => {
    const cyclic: Record<string, unknown> = { Response: {} };
    (cyclic.Response as Record<string, unknown>).self = cyclic;
    const throwing = Object.defineProperty({}, 'error', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('trap');
        },
        get() {
          throw new Error('trap');
        },
      },
    );
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    for (const input of [
      cyclic,
      throwing,
      proxy,
      revocable.proxy,
      Symbol('x'),
      { [Symbol('s')]: 1 },
      () => 1,
      10n ** 40n,
    ]) {
      expect(() => classifyAll(input)).not.toThrow();
    }
  });

  it('does not pollute prototypes', () => {
    classifyAll(
      '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"error":"FACE_NOT_FOUND"}',
    );
    classifyAll(
      JSON.parse('{"__proto__":{"polluted":true},"Response":{"Error":{"Code":"InvalidParameter"}}}'),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('bounds work on megabyte strings and deeply nested JSON', () => {
    const huge = `{"error":"${'A'.repeat(3_000_000)}"}`;
    expect(classify(huge)?.code).toBe('unknown');
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(() => classify(deep)).not.toThrow();
    let nested: unknown = { error: 'FACE_NOT_FOUND' };
    for (let i = 0; i < 10_000; i++) nested = { a: nested };
    expect(() => classify(nested)).not.toThrow();
  });

  it('never reports success for nothing at all', () => {
    expect(classify(undefined)?.code).toBe('unknown');
    expect(classify(null)?.code).toBe('unknown');
    expect(classify({})?.code).toBe('unknown');
  });
});

describe('HTTP context', () => {
  it('reads Retry-After as seconds, as an HTTP date, and retryAfter in a body', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(classify('', { httpStatus: 429, headers: { 'Retry-After': '120' } })?.retryAfterMs).toBe(120_000);
    expect(
      classify('', {
        httpStatus: 429,
        headers: new Headers({ 'retry-after': 'Sun, 22 Nov 2026 10:00:30 GMT' }),
        now,
      })?.retryAfterMs,
    ).toBe(30_000);
    expect(
      classify({ error: { code: 'RATE_LIMIT_EXCEEDED', retryAfter: 60 } }, { httpStatus: 429 })?.retryAfterMs,
    ).toBe(60_000);
    expect(
      classify('', { httpStatus: 429, headers: { 'Retry-After': 'soon' } })?.retryAfterMs,
    ).toBeUndefined();
  });

  it('classifies a 502 HTML gateway page by its status', () => {
    expect(classify('<!doctype html><title>502 Bad Gateway</title>', { httpStatus: 502 })?.code).toBe(
      'service.unavailable',
    );
  });

  it('reads a fetch Response', async () => {
    const response = new Response(JSON.stringify({ error: { code: 'RATE_LIMIT_EXCEEDED', message: 'x' } }), {
      status: 429,
      headers: { 'Retry-After': '15', 'X-Request-Id': 'req_abc123xyz' },
    });
    const issue = await classifyResponse(response);
    expect(issue).toMatchObject({
      code: 'service.rate_limited',
      retryAfterMs: 15_000,
      requestId: 'req_abc123xyz',
      httpStatus: 429,
    });
    expect(await classifyResponse(new Response(null, { status: 204 }))).toBeNull();
  });

  describe('a body that stalls or never ends (a gateway on a poor network)', () => {
    const encoder = new TextEncoder();

    it('classifies by status once bodyTimeoutMs has passed, and stops reading', async () => {
      let cancelled = false;
      const stalled = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode('{"Response":{"Error":{"Code":"FailedOperation.Action'));
        },
        cancel() {
          cancelled = true;
        },
      });
      const response = new Response(stalled, { status: 503, headers: { 'Retry-After': '7' } });
      const issue = await classifyResponse(response, { bodyTimeoutMs: 50 });
      expect(issue).toMatchObject({ code: 'service.unavailable', retryAfterMs: 7000, httpStatus: 503 });
      expect(cancelled).toBe(true);
    });

    it('leaves a body over 1 MB unread, with or without a content-length', async () => {
      let sent = 0;
      let cancelled = false;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += 64 * 1024;
          controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
        },
        cancel() {
          cancelled = true;
        },
      });
      expect(await classifyResponse(new Response(endless, { status: 502 }))).toMatchObject({
        code: 'service.unavailable',
        httpStatus: 502,
      });
      expect(cancelled).toBe(true);
      expect(sent).toBeLessThan(2 * 1024 * 1024);
      const declared = new Response('x', {
        status: 413,
        headers: { 'Content-Length': String(5 * 1024 * 1024) },
      });
      expect((await classifyResponse(declared))?.httpStatus).toBe(413);
    });

    it('classifies by status when the stream fails midway or was already read', async () => {
      const failing = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode('{"error":'));
          controller.error(new TypeError('network error'));
        },
      });
      expect(await classifyResponse(new Response(failing, { status: 504 }))).toMatchObject({
        code: classify('', { httpStatus: 504 })?.code,
        httpStatus: 504,
      });
      const read = new Response('{"error":"FACE_TOO_CLOSE"}', { status: 429 });
      await read.text();
      expect((await classifyResponse(read))?.code).toBe('service.rate_limited');
    });

    it('uses the classifier it is given (overrides, extra vendors)', async () => {
      const classifier = createClassifier({ overrides: { 'innov8tif:FACE_TOO_CLOSE': 'face.cropped' } });
      const body = () => new Response('{"error":"FACE_TOO_CLOSE","request_id":"r-1"}', { status: 200 });
      expect((await classifyResponse(body()))?.code).toBe('face.too_close');
      expect((await classifyResponse(body(), { classifier }))?.code).toBe('face.cropped');
    });

    it('reads a body that arrives in pieces, split inside a multi-byte character', async () => {
      const bytes = encoder.encode('{"error":"FACE_TOO_CLOSE","request_id":"r-ü-1"}');
      const at = bytes.indexOf(0xc3) + 1; // between the two bytes of ü
      const pieces = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.slice(0, at));
          controller.enqueue(bytes.slice(at));
          controller.close();
        },
      });
      expect((await classifyResponse(new Response(pieces, { status: 200 })))?.code).toBe('face.too_close');
    });
  });

  it('reads an axios-style error', () => {
    const error = Object.assign(new Error('Request failed'), {
      response: { status: 200, data: { error: 'TOO_MANY_FACES', request_id: 'abcdef12' }, headers: {} },
    });
    expect(classify(error)).toMatchObject({
      code: 'face.multiple',
      vendor: 'innov8tif',
      requestId: 'abcdef12',
    });
  });
});

describe('browser errors', () => {
  const dom = (name: string) => new DOMException('message', name);
  it.each([
    ['NotAllowedError', 'camera.permission_denied'],
    ['NotFoundError', 'camera.not_found'],
    ['NotReadableError', 'camera.in_use'],
    ['OverconstrainedError', 'camera.not_found'],
    ['SecurityError', 'camera.unsupported'],
    ['TimeoutError', 'network.timeout'],
  ] as const)('%s → %s', (name, code) => {
    expect(classify(dom(name))?.code).toBe(code);
  });

  it('tells a fetch failure and an abort apart, and an abort from the camera', () => {
    expect(classify(new TypeError('Failed to fetch'))?.code).toBe('network.offline');
    expect(classify(new TypeError('Load failed'))?.code).toBe('network.offline');
    expect(classify(dom('AbortError'))?.code).toBe('network.timeout');
    expect(classify(dom('AbortError'), { source: 'camera' })?.code).toBe('camera.in_use');
  });
});

describe('extensible', () => {
  it('overrides single mappings and registers a new vendor', async () => {
    const { createClassifier } = await import('../../src/classifier');
    const classifier = createClassifier({
      overrides: { 'faceki:8004': 'face.off_center' },
      vendors: [
        {
          id: 'acme',
          recognize: (body) => (body && typeof body === 'object' && 'acmeError' in body ? 3 : 0),
          extract: (body) => ({ codes: [String((body as { acmeError: string }).acmeError)] }),
          codes: { BLURRY: 'image.blurry' },
        },
      ],
    });
    expect(classifier.classify(8004, { vendor: 'faceki' })?.code).toBe('face.off_center');
    expect(classifier.classify({ acmeError: 'BLURRY' })).toMatchObject({
      code: 'image.blurry',
      vendor: 'acme',
      vendorConfidence: 'certain',
    });
    expect(classify(8004, { vendor: 'faceki' })?.code).toBe('face.cropped');
  });
});

describe('offline', () => {
  it('says the network is offline when the browser says so, for a failure it cannot place', () => {
    const spy = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    expect(classify({})?.code).toBe('network.offline');
    expect(classify(new DOMException('x', 'NetworkError'))?.code).toBe('network.offline');
    spy.mockRestore();
    expect(classify({})?.code).toBe('unknown');
  });
});

describe('vendorCode (sent to the host logs and analytics) never carries free text', () => {
  it('drops a message no table knows, keeps codes and the sentences vendors use as codes', () => {
    expect(classify('Upload failed for jane.doe@example.com')?.vendorCode).toBeUndefined();
    expect(
      classify({ error: 'Verification failed for Jane Doe, born 1990-01-01' })?.vendorCode,
    ).toBeUndefined();
    expect(classify('', { httpStatus: 502 })?.vendorCode).toBeUndefined();
    expect(classify('Bad gateway for jane@example.com', { httpStatus: 502 })).toMatchObject({
      code: 'service.unavailable',
    });
    expect(classify('Bad gateway for jane@example.com', { httpStatus: 502 })?.vendorCode).toBeUndefined();
    // Codes, known or not, stay: support staff look them up.
    expect(classify('SOMETHING_NEW_42')?.vendorCode).toBe('SOMETHING_NEW_42');
    expect(classify({ error: 'Photo format error', request_id: 'r-1' })?.vendorCode).toBe(
      'Photo format error',
    );
  });

  it('holds for any text with an e-mail address in it', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 40 }),
        fc.emailAddress(),
        fc.string({ maxLength: 40 }),
        (a, email, b) => {
          for (const input of [
            `${a} ${email} ${b}`,
            { error: `${a}${email}${b}` },
            { message: `${a} ${email}` },
          ]) {
            for (const issue of classifyAll(input)) expect(issue.vendorCode ?? '').not.toContain(email);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('Tencent SDK exceptions printed as text by a backend', () => {
  it.each([
    [
      'Python and PHP',
      '[TencentCloudSDKException] code:FailedOperation.LifePhotoDetectFake message:Suspected spoof requestId:941f785b-12c3-44ba-8d25-43332c823e62',
    ],
    [
      'Go',
      '[TencentCloudSDKError] Code=FailedOperation.LifePhotoDetectFake, Message=Suspected spoof, RequestId=941f785b-12c3-44ba-8d25-43332c823e62',
    ],
  ])('%s: the code and the request id, not the message', (_, text) => {
    expect(classify(text)).toMatchObject({
      code: 'liveness.spoof_suspected',
      vendor: 'tencent',
      vendorCode: 'FailedOperation.LifePhotoDetectFake',
      requestId: '941f785b-12c3-44ba-8d25-43332c823e62',
    });
  });
});

describe('names every object inherits, as codes', () => {
  const inherited = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];

  it('are unknown codes of the vendor named, read like any other (not rescued by the safety net)', () => {
    for (const vendor of ['tencent', 'faceki', 'innov8tif', 'idrnd', 'fern'] as const) {
      for (const name of inherited) {
        const issue = classify(name, { vendor });
        expect(issue).toMatchObject({ code: 'unknown', vendor, vendorCode: name });
        for (const qualified of [`WarnInfos:${name}`, `LivenessInfoTag:${name}`, `${name}:${name}`])
          expect(classify(qualified, { vendor })?.code).toBe('unknown');
      }
    }
    const tag = classify({
      Response: { Result: '1004', LivenessInfoTag: 'constructor', RequestId: 'r-12345' },
    });
    expect(tag).toMatchObject({ code: 'face.not_found', vendorCode: '1004' });
  });

  it('a host fallback that returns something other than an issue code counts as no answer', () => {
    const classifier = createClassifier({
      vendors: [
        {
          id: 'acme',
          recognize: () => 0,
          extract: () => undefined,
          codes: { A1: 'face.too_close' },
          fallback: () => 'not.a.code' as never,
        },
      ],
    });
    expect(classifier.lookup('acme', 'A1')).toBe('face.too_close');
    expect(classifier.lookup('acme', 'B2')).toBeUndefined();
    expect(classifier.classify('B2', { vendor: 'acme' })).toMatchObject({
      code: 'unknown',
      vendorCode: 'B2',
    });
  });

  it('an extractor that decides an issue that does not exist decides nothing', () => {
    const classifier = createClassifier({
      builtIns: false,
      vendors: [
        {
          id: 'acme',
          recognize: (body) => (typeof body === 'object' && body !== null && 'acme' in body ? 3 : 0),
          extract: () => ({ codes: ['A1'], issue: 'face.sideways' as never }),
          codes: { A1: 'face.too_close' },
        },
      ],
    });
    expect(classifier.classify({ acme: 1 })).toMatchObject({
      code: 'face.too_close',
      vendor: 'acme',
      vendorCode: 'A1',
    });
  });
});
