import { describe, expect, test } from 'vitest';
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
