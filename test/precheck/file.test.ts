import { afterEach, describe, expect, test, vi } from 'vitest';
import { defaultFileLimits, precheckFile, precheckPresets } from '../../src/precheck';

// jsdom has no createImageBitmap: precheckFile falls back to the header's pixel size (decode skipped).

function png(width: number, height: number): Blob {
  const chunk = (type: string, data: number[]) => [
    0,
    0,
    0,
    data.length,
    ...[...type].map((c) => c.charCodeAt(0)),
    ...data,
    0,
    0,
    0,
    0,
  ];
  return new Blob([
    new Uint8Array([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      ...chunk('IHDR', [0, 0, width >> 8, width & 255, 0, 0, height >> 8, height & 255, 8, 6, 0, 0, 0]),
      ...chunk('IDAT', [1, 2, 3]),
      ...chunk('IEND', []),
    ]),
  ]);
}

describe('presets and defaults', () => {
  test('documented vendor limits', () => {
    expect(precheckPresets.innov8tif).toEqual({ maxBytes: 3_000_000, formats: ['jpeg', 'png'] });
    expect(precheckPresets.fern).toEqual({ maxBytes: 10_000_000, formats: ['jpeg', 'png', 'pdf'] });
    expect(precheckPresets.tencent).toEqual({ maxBytes: 2_250_000, formats: ['jpeg', 'png'] });
    expect(precheckPresets).not.toHaveProperty('faceki');
    expect(defaultFileLimits).toMatchObject({ maxBytes: 10_000_000, formats: ['jpeg', 'png'] });
  });
});

describe('precheckFile without a decoder', () => {
  test('the header size is used for the dimension checks', async () => {
    expect(await precheckFile(png(1200, 900))).toMatchObject({
      ok: true,
      format: 'png',
      width: 1200,
      height: 900,
    });
    expect((await precheckFile(png(300, 900))).issues).toEqual([
      { code: 'image.low_resolution', measured: 300, threshold: 480, metric: 'minShortSide' },
    ]);
    expect((await precheckFile(png(600, 9000))).issues.map((i) => i.code)).toEqual(['image.bad_dimensions']);
    expect((await precheckFile(png(300, 900), { minShortSide: 200 })).ok).toBe(true);
  });

  test('limits are overridable and merged over a preset', async () => {
    const file = png(1200, 900);
    const result = await precheckFile(file, { ...precheckPresets.innov8tif, maxBytes: 10 });
    expect(result.issues).toEqual([
      { code: 'file.too_large', measured: file.size, threshold: 10, metric: 'maxBytes' },
    ]);
    expect((await precheckFile(file, { formats: ['jpeg'] })).issues).toEqual([
      { code: 'file.unsupported_format' },
    ]);
  });

  test('missing and wrong inputs resolve, never reject', async () => {
    await expect(precheckFile(new Blob([]))).resolves.toMatchObject({
      ok: false,
      issues: [{ code: 'file.missing' }],
    });
    await expect(precheckFile(null as never)).resolves.toMatchObject({ issues: [{ code: 'file.missing' }] });
    await expect(precheckFile('x.jpg' as never)).resolves.toMatchObject({
      issues: [{ code: 'file.corrupt' }],
    });
    const unreadable = new Blob(['abc']);
    unreadable.arrayBuffer = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
    await expect(precheckFile(unreadable)).resolves.toMatchObject({ issues: [{ code: 'file.corrupt' }] });
  });
});

describe('options', () => {
  test('an option set to undefined takes its default (one of a preset too), never a rejection', async () => {
    const file = png(1200, 900);
    const unset = {
      maxBytes: undefined,
      formats: undefined,
      minShortSide: undefined,
      maxLongSide: undefined,
      maxAspectRatio: undefined,
      decode: undefined,
      subject: undefined,
      thresholds: undefined,
    };
    await expect(precheckFile(file, unset)).resolves.toEqual(await precheckFile(file));
    await expect(precheckFile(file, { formats: undefined })).resolves.toMatchObject({
      ok: true,
      format: 'png',
    });
    await expect(precheckFile(png(300, 900), { minShortSide: undefined })).resolves.toMatchObject({
      issues: [{ code: 'image.low_resolution', threshold: 480 }],
    });
    // an unset maxBytes is the default 10 MB, not "no limit"
    const big = new Blob([png(1200, 900), new Uint8Array(11_000_000)]);
    expect((await precheckFile(big, { ...precheckPresets.fern, maxBytes: undefined })).issues).toEqual([
      { code: 'file.too_large', measured: big.size, threshold: 10_000_000, metric: 'maxBytes' },
    ]);
    await expect(precheckFile(file, null as never)).resolves.toMatchObject({ ok: true });
  });

  test('a limit of the wrong type: integration.config naming the option', async () => {
    const file = png(1200, 900);
    for (const [options, metric] of [
      [{ formats: 42 }, 'formats'],
      [{ formats: null }, undefined], // null is unset too
      [{ maxBytes: '3 MB' }, 'maxBytes'],
      [{ minShortSide: -1 }, 'minShortSide'],
      [{ maxLongSide: Number.NaN }, 'maxLongSide'],
      [{ maxAspectRatio: {} }, 'maxAspectRatio'],
    ] as const) {
      const result = await precheckFile(file, options as never);
      expect(result, JSON.stringify(options)).toEqual(
        metric ? { ok: false, issues: [{ code: 'integration.config', metric }] } : await precheckFile(file),
      );
    }
    // a bad option is reported whatever the file
    expect((await precheckFile(null as never, { maxBytes: -5 })).issues).toEqual([
      { code: 'integration.config', metric: 'maxBytes' },
    ]);
  });
});

describe('a decompression bomb', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('a header above maxLongSide: image.bad_dimensions, never decoded', async () => {
    // jsdom has no decoder: a stand-in that records what it is asked to decode
    const decode = vi.fn(async () => ({ width: 1200, height: 900, close() {} }));
    vi.stubGlobal('createImageBitmap', decode);
    expect(await precheckFile(png(1200, 900))).toMatchObject({ ok: true, width: 1200 });
    expect(decode).toHaveBeenCalledTimes(1);
    // 20 000 × 20 000 in a few bytes: 1.6 GB once decoded
    const bomb = await precheckFile(png(20_000, 20_000), { subject: 'document' });
    expect(bomb).toEqual({
      ok: false,
      issues: [{ code: 'image.bad_dimensions', measured: 20_000, threshold: 8192, metric: 'maxLongSide' }],
      format: 'png',
      width: 20_000,
      height: 20_000,
      bytes: expect.any(Number),
      metrics: undefined,
    });
    expect(decode).toHaveBeenCalledTimes(1);
    // the limit is the one configured
    await precheckFile(png(20_000, 20_000), { maxLongSide: 30_000 });
    expect(decode).toHaveBeenCalledTimes(2);
  });
});
