// Synthetic captures for the browser tests: drawn on a canvas, no fixtures on disk.

export function canvas(width: number, height: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  const ctx = c.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  return [c, ctx];
}

/** A deterministic pseudo-random generator, so texture noise is the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Draws an ID card with text, its top-left corner at (x, y), 860 × 542 px times `s`. */
function drawCard(ctx: CanvasRenderingContext2D, x: number, y: number, s: number): void {
  const w = 860 * s;
  const h = 542 * s;
  ctx.fillStyle = '#e9e5da';
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, 28 * s);
  ctx.fill();
  ctx.fillStyle = '#2a4d7a';
  ctx.fillRect(x, y + 30 * s, w, 56 * s);
  ctx.fillStyle = '#ffffff';
  ctx.font = `bold ${30 * s}px sans-serif`;
  ctx.fillText('REPUBLIC OF EXAMPLE · IDENTITY CARD', x + 30 * s, y + 70 * s);
  // portrait placeholder
  ctx.fillStyle = '#b9b2a4';
  ctx.fillRect(x + 40 * s, y + 120 * s, 220 * s, 280 * s);
  ctx.fillStyle = '#8a8072';
  ctx.beginPath();
  ctx.ellipse(x + 150 * s, y + 230 * s, 62 * s, 80 * s, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillStyle = '#1d1d1d';
  const lines = ['Surname: DOE', 'Given names: JANE MARIA', 'Date of birth: 01.02.1990', 'Nationality: EXA'];
  lines.forEach((line, i) => {
    ctx.font = `${26 * s}px sans-serif`;
    ctx.fillText(line, x + 300 * s, y + (150 + i * 56) * s);
  });
  ctx.font = `${22 * s}px monospace`;
  ctx.fillText('IDEXA1234567<<<<<<<<<<<<<<<', x + 40 * s, y + 460 * s);
  ctx.fillText('9002011F3001012EXA<<<<<<<<<6', x + 40 * s, y + 495 * s);
}

/** A photo of an ID card with text lying on a desk (landscape, 1280 × 960 unless told). */
export function card(width = 1280, height = 960, desk = '#6d5c4c'): HTMLCanvasElement {
  const [c, ctx] = canvas(width, height);
  const s = width / 1280;
  ctx.fillStyle = desk;
  ctx.fillRect(0, 0, width, height);
  // desk grain
  const rnd = random(7);
  for (let i = 0; i < 400; i++) {
    ctx.fillStyle = `rgba(40, 30, 20, ${0.05 + rnd() * 0.1})`;
    ctx.fillRect(rnd() * width, rnd() * height, (40 + rnd() * 200) * s, 2 * s);
  }
  drawCard(ctx, 210 * s, 210 * s, s);
  return c;
}

/**
 * A flatbed scan: the card, centred, on the scanner's white lid, covering `share` of the frame.
 * `page` is the lid's colour (`transparent` gives a cut-out card on a transparent background).
 */
export function flatbed(width = 1280, height = 960, share = 0.4, page = '#ffffff'): HTMLCanvasElement {
  const [c, ctx] = canvas(width, height);
  ctx.fillStyle = page;
  ctx.fillRect(0, 0, width, height);
  const s = Math.sqrt((share * width * height) / (860 * 542));
  drawCard(ctx, (width - 860 * s) / 2, (height - 542 * s) / 2, s);
  return c;
}

/** A selfie-like picture: a shaded face-ish oval with eyes and mouth on a plain wall (portrait). */
export function selfie(width = 960, height = 1280): HTMLCanvasElement {
  const [c, ctx] = canvas(width, height);
  const s = width / 960;
  const wall = ctx.createLinearGradient(0, 0, 0, height);
  wall.addColorStop(0, '#a7b0b8');
  wall.addColorStop(1, '#cdd2d6');
  ctx.fillStyle = wall;
  ctx.fillRect(0, 0, width, height);
  const cx = width / 2;
  const cy = 560 * s;
  // shoulders
  ctx.fillStyle = '#34465a';
  ctx.beginPath();
  ctx.ellipse(cx, 1300 * s, 420 * s, 300 * s, 0, 0, Math.PI * 2);
  ctx.fill();
  // neck
  ctx.fillStyle = '#b9866a';
  ctx.fillRect(cx - 80 * s, 780 * s, 160 * s, 240 * s);
  // hair behind
  ctx.fillStyle = '#3b2a20';
  ctx.beginPath();
  ctx.ellipse(cx, cy - 60 * s, 270 * s, 320 * s, 0, 0, Math.PI * 2);
  ctx.fill();
  // face with shading
  const skin = ctx.createRadialGradient(cx - 60 * s, cy - 80 * s, 20 * s, cx, cy, 300 * s);
  skin.addColorStop(0, '#f0c8ae');
  skin.addColorStop(1, '#a8705a');
  ctx.fillStyle = skin;
  ctx.beginPath();
  ctx.ellipse(cx, cy, 220 * s, 290 * s, 0, 0, Math.PI * 2);
  ctx.fill();
  // eyes, brows, nose, mouth
  for (const dx of [-90, 90]) {
    ctx.fillStyle = '#f4f1ee';
    ctx.beginPath();
    ctx.ellipse(cx + dx * s, cy - 50 * s, 38 * s, 18 * s, 0, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#4a3326';
    ctx.beginPath();
    ctx.arc(cx + dx * s, cy - 50 * s, 14 * s, 0, Math.PI * 2);
    ctx.fill();
    ctx.strokeStyle = '#3b2a20';
    ctx.lineWidth = 9 * s;
    ctx.beginPath();
    ctx.moveTo(cx + (dx - 45) * s, cy - 100 * s);
    ctx.quadraticCurveTo(cx + dx * s, cy - 120 * s, cx + (dx + 45) * s, cy - 98 * s);
    ctx.stroke();
  }
  ctx.strokeStyle = 'rgba(120, 70, 50, 0.6)';
  ctx.lineWidth = 6 * s;
  ctx.beginPath();
  ctx.moveTo(cx, cy - 30 * s);
  ctx.lineTo(cx - 22 * s, cy + 60 * s);
  ctx.lineTo(cx + 10 * s, cy + 68 * s);
  ctx.stroke();
  ctx.strokeStyle = '#9c4a44';
  ctx.lineWidth = 10 * s;
  ctx.beginPath();
  ctx.moveTo(cx - 70 * s, cy + 140 * s);
  ctx.quadraticCurveTo(cx, cy + 175 * s, cx + 70 * s, cy + 140 * s);
  ctx.stroke();
  return c;
}

/** A copy of `source` drawn through a CSS filter (`blur(4px)`, `brightness(0.3)`…). */
export function filtered(source: HTMLCanvasElement, filter: string): HTMLCanvasElement {
  const [c, ctx] = canvas(source.width, source.height);
  ctx.filter = filter;
  ctx.drawImage(source, 0, 0);
  return c;
}

/** A copy of `source` with a specular white highlight (a saturated blob with a soft edge). */
export function withHighlight(
  source: HTMLCanvasElement,
  x = 0.45,
  y = 0.45,
  radius = 0.1,
): HTMLCanvasElement {
  const [c, ctx] = canvas(source.width, source.height);
  ctx.drawImage(source, 0, 0);
  const r = radius * source.width;
  const cx = x * source.width;
  const cy = y * source.height;
  const g = ctx.createRadialGradient(cx, cy, 0, cx, cy, r);
  g.addColorStop(0, 'rgba(255,255,255,1)');
  g.addColorStop(0.6, 'rgba(255,255,255,1)');
  g.addColorStop(1, 'rgba(255,255,255,0)');
  ctx.fillStyle = g;
  ctx.beginPath();
  ctx.ellipse(cx, cy, r * 1.4, r, 0.3, 0, Math.PI * 2);
  ctx.fill();
  return c;
}

/** Encodes a canvas as a file of the given type. */
export function encode(source: HTMLCanvasElement, type = 'image/jpeg', quality = 0.9): Promise<Blob> {
  return new Promise((resolve, reject) =>
    source.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), type, quality),
  );
}

/** A copy of `source` drawn at `alpha` opacity on a transparent canvas. */
export function translucent(source: HTMLCanvasElement, alpha: number): HTMLCanvasElement {
  const [c, ctx] = canvas(source.width, source.height);
  ctx.globalAlpha = alpha;
  ctx.drawImage(source, 0, 0);
  return c;
}

/** A copy of `source` flattened on an opaque white background. */
export function onWhite(source: HTMLCanvasElement): HTMLCanvasElement {
  const [c, ctx] = canvas(source.width, source.height);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.drawImage(source, 0, 0);
  return c;
}

/** CRC-32, as PNG chunks carry it. */
function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(
    [...type].map((c) => c.charCodeAt(0)),
    4,
  );
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * A valid black PNG of `side` × `side` pixels, 1 bit per pixel: a decompression bomb. 20 000 × 20 000
 * is a file of about 50 KB that decodes to 1.6 GB of RGBA.
 */
export async function pngBomb(side: number): Promise<Blob> {
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, side);
  new DataView(ihdr.buffer).setUint32(4, side);
  ihdr[8] = 1; // bit depth; colour type 0 (grey), no interlace
  // every scanline: filter byte 0, then side / 8 bytes of black pixels: zeros throughout
  const total = side * (1 + Math.ceil(side / 8));
  const block = new Uint8Array(1 << 20);
  const parts = Array.from({ length: Math.ceil(total / block.length) }, (_, i) =>
    block.subarray(0, Math.min(block.length, total - i * block.length)),
  );
  const deflated = new Uint8Array(
    await new Response(new Blob(parts).stream().pipeThrough(new CompressionStream('deflate'))).arrayBuffer(),
  );
  return new Blob([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflated),
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}
