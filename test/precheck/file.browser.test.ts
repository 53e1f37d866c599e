import { describe, expect, test, vi } from 'vitest';
import { type PrecheckResult, precheckFile, precheckPresets } from '../../src/precheck';
import { minimalPdf } from './pdf';
import { card, encode, filtered, flatbed, pngBomb } from './synthetic';

const codes = (result: PrecheckResult) => result.issues.map((issue) => issue.code);
const named = (blob: Blob, name: string, type = blob.type) => new File([blob], name, { type });

describe('precheckFile', () => {
  test('a clean JPEG and a clean PNG pass, with format, size and bytes', async () => {
    const jpeg = await encode(card(), 'image/jpeg');
    const a = await precheckFile(named(jpeg, 'id.jpg'));
    expect(a).toMatchObject({
      ok: true,
      issues: [],
      format: 'jpeg',
      width: 1280,
      height: 960,
      bytes: jpeg.size,
    });
    const png = await encode(card(800, 600), 'image/png');
    expect(await precheckFile(png, precheckPresets.innov8tif)).toMatchObject({ ok: true, format: 'png' });
  });

  test('the format comes from the bytes, not the name or the MIME type', async () => {
    const png = await encode(card(800, 600), 'image/png');
    const disguised = await precheckFile(named(png, 'photo.jpg', 'image/jpeg'), precheckPresets.innov8tif);
    expect(disguised).toMatchObject({ ok: true, issues: [], format: 'png' });
    const text = named(new Blob(['hello, I am not a picture']), 'photo.jpg', 'image/jpeg');
    const result = await precheckFile(text);
    expect(codes(result)).toEqual(['file.unsupported_format']);
    expect(result.format).toBeUndefined();
    // a WebP is recognised, and refused by a JPG/PNG vendor
    const webp = await encode(card(800, 600), 'image/webp');
    const refused = await precheckFile(named(webp, 'photo.png', 'image/png'), precheckPresets.fern);
    expect(refused).toMatchObject({ format: 'webp' });
    expect(codes(refused)).toEqual(['file.unsupported_format']);
    expect((await precheckFile(webp, { formats: ['webp'] })).ok).toBe(true);
  });

  test('a truncated JPEG or PNG is file.corrupt', async () => {
    const jpeg = new Uint8Array(await (await encode(card(), 'image/jpeg')).arrayBuffer());
    for (const share of [0.3, 0.6, 0.95]) {
      const cut = new Blob([jpeg.subarray(0, Math.floor(jpeg.length * share))]);
      expect(codes(await precheckFile(cut)), `JPEG cut at ${share}`).toEqual(['file.corrupt']);
      // without decoding too: the structure shows the cut
      expect(codes(await precheckFile(cut, { decode: false }))).toEqual(['file.corrupt']);
    }
    expect(codes(await precheckFile(new Blob([jpeg.subarray(0, 100)])))).toEqual(['file.corrupt']);
    const png = new Uint8Array(await (await encode(card(800, 600), 'image/png')).arrayBuffer());
    expect(codes(await precheckFile(new Blob([png.subarray(0, png.length >> 1)])))).toEqual(['file.corrupt']);
  });

  test('a PNG with intact structure but scrambled pixels fails to decode: file.corrupt', async () => {
    const png = new Uint8Array(await (await encode(card(800, 600), 'image/png')).arrayBuffer());
    const scrambled = png.slice();
    // scramble the inside of the first IDAT (its length and type stay intact)
    const idat = new TextDecoder('latin1').decode(png).indexOf('IDAT');
    for (let i = idat + 20; i < idat + 2000; i++) scrambled[i] = (scrambled[i] ?? 0) ^ 0x5a;
    const result = await precheckFile(new Blob([scrambled]));
    expect(codes(result)).toEqual(['file.corrupt']);
  });

  test('a minimal PDF: accepted by the Fern preset, refused by the Innov8tif preset', async () => {
    const pdf = named(new Blob([minimalPdf()]), 'statement.pdf', 'application/pdf');
    expect(await precheckFile(pdf, precheckPresets.fern)).toMatchObject({
      ok: true,
      format: 'pdf',
      issues: [],
    });
    const refused = await precheckFile(pdf, precheckPresets.innov8tif);
    expect(refused.format).toBe('pdf');
    expect(codes(refused)).toEqual(['file.unsupported_format']);
    // a PDF cut before %%EOF
    const bytes = minimalPdf();
    expect(codes(await precheckFile(new Blob([bytes.subarray(0, 120)]), precheckPresets.fern))).toEqual([
      'file.corrupt',
    ]);
  });

  test('an oversize file: file.too_large with bytes and limit, never read whole', async () => {
    const jpegHead = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);
    const big = new Blob([jpegHead, new Uint8Array(3_200_000)]);
    const result = await precheckFile(big, precheckPresets.innov8tif);
    expect(result.issues).toEqual([
      { code: 'file.too_large', measured: big.size, threshold: 3_000_000, metric: 'maxBytes' },
    ]);
    expect(result.format).toBe('jpeg');
    expect((await precheckFile(big, precheckPresets.fern)).issues.map((i) => i.code)).toEqual([
      'file.corrupt',
    ]);
    const text = new Blob([new Uint8Array(11_000_000)]);
    expect(codes(await precheckFile(text, precheckPresets.fern))).toEqual([
      'file.too_large',
      'file.unsupported_format',
    ]);
  });

  test('pixel dimensions: image.low_resolution and image.bad_dimensions', async () => {
    const small = await precheckFile(await encode(card(320, 240), 'image/png'));
    expect(small.issues).toEqual([
      { code: 'image.low_resolution', measured: 240, threshold: 480, metric: 'minShortSide' },
    ]);
    const strip = await precheckFile(await encode(card(2600, 500), 'image/png'));
    expect(strip.issues).toEqual([
      { code: 'image.bad_dimensions', measured: 5.2, threshold: 4, metric: 'maxAspectRatio' },
    ]);
    const huge = await precheckFile(await encode(card(1280, 960), 'image/jpeg'), { maxLongSide: 1000 });
    expect(huge.issues).toEqual([
      { code: 'image.bad_dimensions', measured: 1280, threshold: 1000, metric: 'maxLongSide' },
    ]);
  });

  test('with a subject, the image checks run on the same decode', async () => {
    const dark = await encode(filtered(card(), 'brightness(0.3)'), 'image/jpeg');
    const result = await precheckFile(dark, { subject: 'document' });
    expect(codes(result)).toEqual(['lighting.too_dark']);
    expect(result.metrics?.luminance).toBeLessThan(55);
    expect((await precheckFile(await encode(card(), 'image/jpeg'), { subject: 'document' })).ok).toBe(true);
  });

  test('a decompression bomb: image.bad_dimensions from the header, never decoded', async () => {
    const decode = vi.spyOn(globalThis, 'createImageBitmap');
    try {
      // the generator makes real PNGs: a small one is decoded
      const sane = await precheckFile(await pngBomb(2000));
      expect(sane).toMatchObject({ ok: true, format: 'png', width: 2000, height: 2000 });
      expect(decode).toHaveBeenCalledTimes(1);
      const bomb = await pngBomb(20_000);
      expect(bomb.size).toBeLessThan(200_000);
      const result = await precheckFile(bomb, { subject: 'document' });
      expect(result).toEqual({
        ok: false,
        issues: [{ code: 'image.bad_dimensions', measured: 20_000, threshold: 8192, metric: 'maxLongSide' }],
        format: 'png',
        width: 20_000,
        height: 20_000,
        bytes: bomb.size,
        metrics: undefined,
      });
      expect(decode).toHaveBeenCalledTimes(1);
    } finally {
      decode.mockRestore();
    }
  });

  test('a transparent PNG (a cut-out card) is read as laid on white, not as too dark', async () => {
    const cutout = await encode(flatbed(1280, 960, 0.3, 'transparent'), 'image/png');
    expect(await precheckFile(cutout, { subject: 'document' })).toMatchObject({ ok: true, issues: [] });
  });

  test('a flatbed scan saved as JPEG passes the document checks', async () => {
    const scan = await encode(flatbed(1280, 960, 0.4), 'image/jpeg', 0.85);
    const result = await precheckFile(scan, { subject: 'document' });
    expect(result.issues).toEqual([]);
    expect(result.metrics?.backgroundShare).toBeGreaterThan(0.5);
  });

  test('empty, missing and wrong-type inputs: a typed result, never a rejection', async () => {
    expect(await precheckFile(new Blob([]))).toEqual({
      ok: false,
      issues: [{ code: 'file.missing', measured: 0 }],
      bytes: 0,
    });
    expect(codes(await precheckFile(null as never))).toEqual(['file.missing']);
    expect(codes(await precheckFile(undefined as never))).toEqual(['file.missing']);
    for (const bad of ['id.jpg', 42, {}, { size: 10 }, new ArrayBuffer(8)]) {
      expect(codes(await precheckFile(bad as never))).toEqual(['file.corrupt']);
    }
  });
});
