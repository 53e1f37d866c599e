import type { FileFormat } from './types';

/** What the bytes say about a file, without decoding it. */
export interface Sniffed {
  /** The format from the magic number, or `undefined` when none matched. */
  readonly format?: FileFormat;
  /** Pixel size read from the header (JPEG SOF, PNG IHDR), before any EXIF rotation. */
  readonly width?: number;
  readonly height?: number;
  /**
   * `false` when the file is visibly cut short: a JPEG without its end-of-image marker after the
   * scan data, a PNG whose chunks run past the end or never reach IEND, a PDF without `%%EOF` near
   * its end. `true` otherwise (also for formats whose structure is not checked).
   */
  readonly complete: boolean;
}

const ascii = (bytes: Uint8Array, at: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(at, at + length));

const u16 = (b: Uint8Array, at: number): number => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u32 = (b: Uint8Array, at: number): number => u16(b, at) * 65536 + u16(b, at + 2);

/**
 * The format from the first bytes of a file: 16 are enough, except for HEIF (HEIC, AVIF), whose
 * `ftyp` box is read (up to 256 bytes; usually under 40). There the brands decide: `avif` or `avis`
 * among them makes AVIF; else `heic`, `heix`, `heim`, `heis`, `hevc`, `hevx`, `hevm`, `hevs`, or only
 * the generic HEIF brands `mif1`/`msf1`, make HEIC; other ISO-BMFF files (MP4 video) are unknown.
 */
export function sniffFormat(b: Uint8Array): FileFormat | undefined {
  const head = ascii(b, 0, 12);
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (head.startsWith('\x89PNG\r\n\x1a\n')) return 'png';
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'gif';
  if (head.startsWith('RIFF') && head.slice(8) === 'WEBP') return 'webp';
  if (head.slice(4, 8) === 'ftyp') {
    // The brands, 4 bytes each: the major brand, the minor version (a number), the compatible brands.
    const brands = ascii(b, 8, Math.min(u32(b, 0), 256) - 8);
    if (/^(.{4})*avi[fs]/s.test(brands)) return 'avif';
    if (/^(.{4})*(he[iv][cxms]|m[is]f1)/s.test(brands)) return 'heic';
  }
  if (head.startsWith('BM')) return 'bmp';
  if (head.startsWith('II*\0') || head.startsWith('MM\0*')) return 'tiff';
  return undefined;
}

/** Walks the JPEG segments to the first scan, reads the size from the SOF, then looks for the EOI. */
function jpeg(b: Uint8Array): Sniffed {
  let width: number | undefined;
  let height: number | undefined;
  let at = 2;
  for (;;) {
    if (at + 4 > b.length || b[at] !== 0xff) return { format: 'jpeg', complete: false };
    const marker = b[at + 1] ?? 0;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2; // standalone marker
      continue;
    }
    // SOF0–SOF15 (C0–CF), except DHT (C4), JPG (C8) and DAC (CC)
    if ((marker & 0xf0) === 0xc0 && (marker % 4 || marker === 0xc0)) {
      height = u16(b, at + 5);
      width = u16(b, at + 7);
    }
    at += 2 + u16(b, at + 2);
    if (marker === 0xda) break; // start of scan: entropy-coded data follows
  }
  // In entropy-coded data 0xFF is followed by 0x00 (stuffing), a restart marker or another segment
  // (progressive JPEG); the first EOI after the first scan ends the image (an EXIF thumbnail's EOI
  // sits inside APP1, skipped above; a motion photo's video sits after it).
  let complete = false;
  for (let i = b.indexOf(0xff, at); i >= 0 && i + 1 < b.length; i = b.indexOf(0xff, i + 1)) {
    if (b[i + 1] === 0xd9) {
      complete = true;
      break;
    }
  }
  return { format: 'jpeg', width, height, complete };
}

/** Walks the PNG chunks (length, type, data, CRC) to IEND. */
function png(b: Uint8Array): Sniffed {
  let at = 8;
  while (at + 12 <= b.length && ascii(b, at + 4, 4) !== 'IEND') at += 12 + u32(b, at);
  return { format: 'png', width: u32(b, 16), height: u32(b, 20), complete: at + 12 <= b.length };
}

/**
 * Sniffs a whole file (or its head only: then `complete` is meaningless): the format, the header's
 * pixel size, and whether the file was cut short.
 */
export function sniff(bytes: Uint8Array): Sniffed {
  const format = sniffFormat(bytes);
  if (format === 'jpeg') return jpeg(bytes);
  if (format === 'png') return png(bytes);
  if (format === 'pdf')
    return { format, complete: ascii(bytes, Math.max(0, bytes.length - 1024), 1024).includes('%%EOF') };
  return { format, complete: true };
}
