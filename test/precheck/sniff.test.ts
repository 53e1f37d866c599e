import { describe, expect, test } from 'vitest';
import { sniff, sniffFormat } from '../../src/precheck';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

/** A JPEG skeleton: SOI, APP0, SOF0 (size), SOS, entropy-coded bytes, EOI. */
function jpeg(width: number, height: number, options: { eoi?: boolean; app1?: number[] } = {}) {
  const seg = (marker: number, body: number[]) => [
    0xff,
    marker,
    (body.length + 2) >> 8,
    (body.length + 2) & 255,
    ...body,
  ];
  return new Uint8Array([
    0xff,
    0xd8,
    ...seg(0xe0, [...'JFIF'].map((c) => c.charCodeAt(0)).concat([0, 1, 1, 0, 0, 1, 0, 1, 0, 0])),
    ...(options.app1 ? seg(0xe1, options.app1) : []),
    ...seg(0xc0, [8, height >> 8, height & 255, width >> 8, width & 255, 1, 1, 0x11, 0]),
    ...seg(0xda, [1, 1, 0, 0, 63, 0]),
    // scan data with a stuffed 0xFF00 and a restart marker
    0x12,
    0xff,
    0x00,
    0x34,
    0xff,
    0xd0,
    0x56,
    ...(options.eoi === false ? [] : [0xff, 0xd9]),
  ]);
}

function png(width: number, height: number, chunks = ['IHDR', 'IDAT', 'IEND']) {
  const out: number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  for (const type of chunks) {
    const data =
      type === 'IHDR'
        ? [0, 0, width >> 8, width & 255, 0, 0, height >> 8, height & 255, 8, 6, 0, 0, 0]
        : type === 'IDAT'
          ? [1, 2, 3, 4, 5]
          : [];
    out.push(0, 0, 0, data.length, ...[...type].map((c) => c.charCodeAt(0)), ...data, 0, 0, 0, 0);
  }
  return new Uint8Array(out);
}

describe('sniffFormat: magic bytes', () => {
  test.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe1])],
    ['png', bytes([0x89], 'PNG\r\n\x1a\n')],
    ['pdf', bytes('%PDF-1.7\n')],
    ['gif', bytes('GIF89a')],
    ['gif', bytes('GIF87a')],
    ['webp', bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 ')],
    ['heic', bytes([0, 0, 0, 24], 'ftypheic')],
    ['heic', bytes([0, 0, 0, 24], 'ftypmif1')],
    ['avif', bytes([0, 0, 0, 28], 'ftypavif')],
    ['bmp', bytes('BM', [0, 0, 0, 0])],
    ['tiff', bytes('II*', [0])],
    ['tiff', bytes('MM', [0], '*')],
  ])('%s', (format, head) => {
    expect(sniffFormat(head)).toBe(format);
  });

  test.each([
    ['empty', bytes()],
    ['text', bytes('hello, I am not a picture')],
    ['short JPEG prefix', bytes([0xff, 0xd8])],
    ['PNG signature with a wrong byte', bytes([0x89], 'PNG\r\n\x1a\x0b')],
    ['%PDF without the dash', bytes('%PDF1.4')],
    ['RIFF that is not WebP (WAV)', bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt ')],
    ['MP4 video (ftyp isom)', bytes([0, 0, 0, 24], 'ftypisom')],
  ])('unknown: %s', (_, head) => {
    expect(sniffFormat(head)).toBeUndefined();
  });
});

/** An ISO-BMFF `ftyp` box: size, 'ftyp', major brand, minor version 0, compatible brands. */
const ftyp = (major: string, ...compatible: string[]) =>
  bytes([0, 0, 0, 16 + 4 * compatible.length], 'ftyp', major, [0, 0, 0, 0], compatible.join(''));

describe('sniffFormat: HEIF brands (AVIF or HEIC)', () => {
  test.each([
    ['avif', 'libavif', ftyp('avif', 'avif', 'mif1', 'miaf', 'MA1B')],
    ['avif', 'generic major brand, avif compatible', ftyp('mif1', 'mif1', 'miaf', 'MA1B', 'avif')],
    ['avif', 'AVIF image sequence', ftyp('msf1', 'msf1', 'iso8', 'avis')],
    ['heic', 'iPhone', ftyp('heic', 'mif1', 'MiHE', 'miaf', 'MiHB', 'heic')],
    ['heic', 'generic major brand, heic compatible', ftyp('mif1', 'mif1', 'heic')],
    ['heic', '10-bit HEIC', ftyp('heix', 'mif1', 'heix')],
    ['heic', 'HEVC image sequence', ftyp('msf1', 'msf1', 'hevc')],
    ['heic', 'generic HEIF only (counted as HEIC)', ftyp('mif1', 'mif1', 'miaf')],
    [undefined, 'MP4 video', ftyp('isom', 'isom', 'iso2', 'avc1', 'mp41')],
    // 'avif' across two brands ('xxav' 'ifxx') is no brand
    [undefined, 'brands read 4 bytes at a time', ftyp('isom', 'xxav', 'ifxx')],
  ])('%s: %s', (format, _, head) => {
    expect(sniffFormat(head)).toBe(format);
  });

  test('only the ftyp box counts, not the box after it', () => {
    const next = bytes([0, 0, 0, 12], 'metaavif');
    expect(sniffFormat(new Uint8Array([...ftyp('mif1'), ...next]))).toBe('heic');
    expect(sniffFormat(new Uint8Array([...ftyp('mif1', 'avif'), ...next]))).toBe('avif');
  });
});

describe('sniff: structure and header size', () => {
  test('JPEG: size from SOF, complete with EOI after the scan', () => {
    expect(sniff(jpeg(4000, 3000))).toEqual({ format: 'jpeg', width: 4000, height: 3000, complete: true });
  });

  test('JPEG cut short: no EOI, or cut inside the headers', () => {
    expect(sniff(jpeg(640, 480, { eoi: false })).complete).toBe(false);
    const whole = jpeg(640, 480);
    for (const length of [3, 10, 25, 40]) expect(sniff(whole.subarray(0, length)).complete).toBe(false);
  });

  test("an EXIF thumbnail's EOI inside APP1 does not count", () => {
    const thumbnail = [0xff, 0xd8, 0xff, 0xd9, 0xff, 0xd9];
    expect(sniff(jpeg(640, 480, { app1: thumbnail, eoi: false })).complete).toBe(false);
    expect(sniff(jpeg(640, 480, { app1: thumbnail })).complete).toBe(true);
  });

  test('data after EOI (a motion photo) is fine', () => {
    const file = new Uint8Array([...jpeg(640, 480), 0, 0, 0, 24, ...bytes('ftypmp42')]);
    expect(sniff(file).complete).toBe(true);
  });

  test('PNG: size from IHDR, complete when the chunks reach IEND', () => {
    expect(sniff(png(800, 600))).toEqual({ format: 'png', width: 800, height: 600, complete: true });
    expect(sniff(png(800, 600, ['IHDR', 'IDAT'])).complete).toBe(false);
    const whole = png(800, 600);
    expect(sniff(whole.subarray(0, whole.length - 5)).complete).toBe(false);
  });

  test('PDF: complete when %%EOF is near the end', () => {
    expect(sniff(bytes('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n'))).toEqual({
      format: 'pdf',
      complete: true,
    });
    expect(sniff(bytes('%PDF-1.4\n1 0 obj\n<<>>\nendo')).complete).toBe(false);
  });

  test('other formats: recognised, structure not checked', () => {
    expect(sniff(bytes('GIF89a', [1, 0, 1, 0]))).toEqual({ format: 'gif', complete: true });
    expect(sniff(bytes('nothing'))).toEqual({ format: undefined, complete: true });
  });
});
