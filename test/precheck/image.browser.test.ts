import { describe, expect, test } from 'vitest';
import { defaultThresholds, type PrecheckResult, precheckImage } from '../../src/precheck';
import { canvas, card, filtered, flatbed, onWhite, selfie, translucent, withHighlight } from './synthetic';

const codes = (result: PrecheckResult) => result.issues.map((issue) => issue.code);

describe('precheckImage on synthetic captures', () => {
  const doc = card();
  const face = selfie();

  test('no false alarm on a clean card and a clean selfie', () => {
    const a = precheckImage(doc, { subject: 'document' });
    expect(a.issues).toEqual([]);
    expect(a.ok).toBe(true);
    expect(a.width).toBe(1280);
    expect(a.metrics?.width).toBe(512);
    const b = precheckImage(face, { subject: 'selfie' });
    expect(b.issues).toEqual([]);
    // a selfie judged as a document (stricter sharpness, glare check) still passes
    expect(precheckImage(face, { subject: 'document' }).issues).toEqual([]);
  });

  test('darkened: lighting.too_dark with the measured mean and the threshold', () => {
    for (const [source, subject] of [
      [doc, 'document'],
      [face, 'selfie'],
    ] as const) {
      const result = precheckImage(filtered(source, 'brightness(0.3)'), { subject });
      expect(codes(result)).toEqual(['lighting.too_dark']);
      const [issue] = result.issues;
      expect(issue?.metric).toBe('minMeanLuminance');
      expect(issue?.threshold).toBe(defaultThresholds[subject].minMeanLuminance);
      expect(issue?.measured).toBeLessThan(issue?.threshold ?? 0);
    }
  });

  test('over-exposed: lighting.too_bright (and no glare on top of it)', () => {
    for (const [source, subject] of [
      [doc, 'document'],
      [face, 'selfie'],
    ] as const) {
      const result = precheckImage(filtered(source, 'brightness(2.2)'), { subject });
      expect(codes(result)).toEqual(['lighting.too_bright']);
      expect(result.issues[0]?.measured).toBeGreaterThan(result.issues[0]?.threshold ?? 1);
    }
  });

  test('blurred with an increasing radius: sharpness falls, image.blurry from 3 px on', () => {
    for (const [source, subject] of [
      [doc, 'document'],
      [face, 'selfie'],
    ] as const) {
      let previous = Number.POSITIVE_INFINITY;
      for (const radius of [0, 1, 2, 3, 4, 6, 8]) {
        const result = precheckImage(radius ? filtered(source, `blur(${radius}px)`) : source, { subject });
        const sharpness = result.metrics?.sharpness ?? Number.NaN;
        expect(sharpness).toBeLessThan(previous);
        previous = sharpness;
        expect(codes(result), `${subject} blur ${radius}px`).toEqual(radius >= 3 ? ['image.blurry'] : []);
      }
    }
  });

  test('a blurred 12-megapixel photo with sensor noise is still blurry (the downscale averages the noise)', () => {
    const photo = filtered(card(4000, 3000), 'blur(12px)');
    const ctx = photo.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
    const image = ctx.getImageData(0, 0, photo.width, photo.height);
    let seed = 1;
    for (let i = 0; i < image.data.length; i += 4) {
      seed = (seed * 1664525 + 1013904223) >>> 0;
      // roughly Gaussian noise, sigma about 4 grey levels
      const noise = (((seed & 255) + ((seed >> 8) & 255) + ((seed >> 16) & 255) - 382) / 74) * 4;
      for (let c = 0; c < 3; c++) image.data[i + c] = (image.data[i + c] ?? 0) + noise;
    }
    ctx.putImageData(image, 0, 0);
    // a nearest/bilinear downscale would keep the noise and read sharpness in the hundreds
    expect(codes(precheckImage(photo, { subject: 'document' }))).toEqual(['image.blurry']);
    expect(codes(precheckImage(image, { subject: 'document' }))).toEqual(['image.blurry']);
  });

  test('a specular highlight: image.glare on a document, measured share above the threshold', () => {
    const result = precheckImage(withHighlight(doc, 0.45, 0.45, 0.12), { subject: 'document' });
    expect(codes(result)).toEqual(['image.glare']);
    const [issue] = result.issues;
    expect(issue?.metric).toBe('maxGlareShare');
    expect(issue?.measured).toBeGreaterThan(0.01);
    // a small sparkle stays below the threshold; a selfie is never checked for glare
    expect(precheckImage(withHighlight(doc, 0.45, 0.45, 0.03), { subject: 'document' }).issues).toEqual([]);
    expect(codes(precheckImage(withHighlight(face, 0.5, 0.3, 0.12), { subject: 'selfie' }))).not.toContain(
      'image.glare',
    );
  });

  test('scattered white specks are not glare (it takes a connected patch)', () => {
    const [c, ctx] = canvas(1280, 960);
    ctx.drawImage(doc, 0, 0);
    ctx.fillStyle = '#fff';
    for (let y = 20; y < 960; y += 40) for (let x = 20; x < 1280; x += 40) ctx.fillRect(x, y, 6, 6);
    const result = precheckImage(c, { subject: 'document' });
    expect(result.metrics?.brightShare).toBeGreaterThan(0.01);
    expect(codes(result)).not.toContain('image.glare');
  });

  test('thresholds are configurable', () => {
    const result = precheckImage(doc, { subject: 'document', thresholds: { minSharpness: 1e6 } });
    expect(result.issues).toEqual([
      { code: 'image.blurry', measured: expect.any(Number), threshold: 1e6, metric: 'minSharpness' },
    ]);
    const lenient = precheckImage(filtered(doc, 'brightness(0.3)'), {
      subject: 'document',
      thresholds: { minMeanLuminance: 10 },
    });
    expect(lenient.issues).toEqual([]);
  });
});

describe('precheckImage sources', () => {
  const doc = card();

  test('ImageBitmap, ImageData, OffscreenCanvas, <img> agree with the canvas', async () => {
    const reference = precheckImage(doc, { subject: 'document' }).metrics?.sharpness ?? 0;
    const bitmap = await createImageBitmap(doc);
    const data = doc.getContext('2d')?.getImageData(0, 0, doc.width, doc.height) as ImageData;
    const offscreen = new OffscreenCanvas(doc.width, doc.height);
    offscreen.getContext('2d')?.drawImage(doc, 0, 0);
    const img = new Image();
    img.src = doc.toDataURL('image/png');
    await img.decode();
    for (const source of [bitmap, data, offscreen, img]) {
      const result = precheckImage(source, { subject: 'document' });
      expect(result.issues).toEqual([]);
      expect(result.width).toBe(1280);
      // same content, different downscaling paths (box average for ImageData): same order of magnitude
      expect(result.metrics?.sharpness).toBeGreaterThan(reference / 4);
      expect(result.metrics?.sharpness).toBeLessThan(reference * 4);
    }
    // ImageData through the box average still flags the blurred card
    const blurred = filtered(doc, 'blur(4px)');
    const blurredData = blurred.getContext('2d')?.getImageData(0, 0, 1280, 960) as ImageData;
    expect(codes(precheckImage(blurredData, { subject: 'document' }))).toEqual(['image.blurry']);
  });

  test('never throws on bad input', async () => {
    const closed = await createImageBitmap(doc);
    closed.close();
    const empty = document.createElement('canvas');
    empty.width = 0;
    const video = document.createElement('video'); // no source: 0 × 0
    const broken = new Image();
    const bad: unknown[] = [
      null,
      undefined,
      42,
      'card.jpg',
      {},
      { width: 10, height: 10 },
      { width: 10, height: 10, data: [] },
      closed,
      empty,
      video,
      broken,
    ];
    for (const input of bad) {
      const result = precheckImage(input as ImageBitmap, { subject: 'document' });
      expect(result.ok).toBe(false);
      expect(codes(result)).toEqual(['file.corrupt']);
    }
    // no options at all: defaults to document
    expect(precheckImage(doc, undefined as never).ok).toBe(true);
  });
});

describe('transparency and the scratch canvas', () => {
  const pixels = (c: HTMLCanvasElement) =>
    (c.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, c.width, c.height);

  test('a transparent or translucent image is read as laid on white paper, not on black', async () => {
    // a cut-out card (30 % of the frame, the rest fully transparent), and a card at 50 % opacity
    for (const image of [flatbed(1280, 960, 0.3, 'transparent'), translucent(card(), 0.5)]) {
      const reference = precheckImage(onWhite(image), { subject: 'document' });
      expect(reference.issues).toEqual([]);
      for (const source of [image, pixels(image), await createImageBitmap(image)]) {
        const result = precheckImage(source, { subject: 'document' });
        expect(codes(result)).toEqual([]);
        // same content, different downscaling paths (box average for ImageData)
        expect(Math.abs((result.metrics?.luminance ?? 0) - (reference.metrics?.luminance ?? 0))).toBeLessThan(
          3,
        );
        expect(result.metrics?.darkShare).toBe(0);
      }
    }
  });

  test('a result does not depend on the previous call (the scratch canvas is repainted)', () => {
    // B is 512 × 384 with transparent parts; A is bigger but downscaled to the same 512 × 384
    const b = flatbed(512, 384, 0.3, 'transparent');
    const alone = precheckImage(b, { subject: 'document' });
    expect(alone.issues).toEqual([]);
    for (const colour of ['#000', '#fff', '#808080']) {
      const [a, ctx] = canvas(1280, 960);
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, 1280, 960);
      precheckImage(a, { subject: 'document' });
      expect(precheckImage(b, { subject: 'document' }), `after ${colour}`).toEqual(alone);
    }
  });
});

describe('a video without a current frame', () => {
  test('readyState below 2 (HAVE_CURRENT_DATA): file.corrupt with the state, no stale metrics', async () => {
    const source = card(640, 480);
    const video = document.createElement('video');
    video.muted = true;
    video.srcObject = source.captureStream(10);
    document.body.append(video);
    await video.play();
    await expect.poll(() => video.readyState).toBeGreaterThanOrEqual(2);
    const playing = precheckImage(video, { subject: 'document' });
    expect(playing).toMatchObject({ ok: true, width: 640, height: 480 });
    expect(playing.metrics).toBeDefined();
    // seeking, or a stream that has stalled: the size is known, the frame is not
    for (const state of [0, 1]) {
      Object.defineProperty(video, 'readyState', { configurable: true, get: () => state });
      expect(precheckImage(video, { subject: 'document' })).toEqual({
        ok: false,
        issues: [{ code: 'file.corrupt', measured: state, threshold: 2, metric: 'readyState' }],
        width: 640,
        height: 480,
      });
    }
    video.remove();
  });
});

describe('flatbed scans: a white lid around a document', () => {
  test('a clean scan of a card (30–50 % of the frame) on a white lid is not too bright', () => {
    for (const [width, height, share, lid] of [
      [1280, 960, 0.3, '#fff'],
      [1280, 960, 0.4, '#fff'],
      [1280, 960, 0.5, '#fff'],
      [960, 1280, 0.35, '#fff'], // portrait page
      [1280, 960, 0.4, '#f4f4f4'], // a lid that is not quite clipped
    ] as const) {
      const result = precheckImage(flatbed(width, height, share, lid), { subject: 'document' });
      expect(result.issues, `${share} on ${lid}`).toEqual([]);
      // the lid is left out: about 1 − share of the frame; the card is measured
      expect(result.metrics?.backgroundShare).toBeGreaterThan(1 - share - 0.05);
      expect(result.metrics?.backgroundShare).toBeLessThan(1 - share + 0.05);
      expect(result.metrics?.luminance).toBeLessThan(defaultThresholds.document.maxMeanLuminance);
    }
    // measured whole (maxBackgroundShare 0), the same scan reads as too bright
    expect(
      codes(precheckImage(flatbed(), { subject: 'document', thresholds: { maxBackgroundShare: 0 } })),
    ).toEqual(['lighting.too_bright']);
  });

  test('a card photographed on a white desk is not too bright either', () => {
    expect(precheckImage(card(1280, 960, '#f2f2f2'), { subject: 'document' }).issues).toEqual([]);
  });

  test('over-exposure is still caught: the white swallows the card and touches the lid', () => {
    for (const source of [
      filtered(flatbed(), 'brightness(1.5)'),
      filtered(card(1280, 960, '#f2f2f2'), 'brightness(1.5)'),
      filtered(card(1280, 960, '#f2f2f2'), 'brightness(2.2)'),
    ]) {
      const result = precheckImage(source, { subject: 'document' });
      expect(codes(result)).toEqual(['lighting.too_bright']);
      expect(result.metrics?.backgroundShare).toBe(0);
    }
  });

  test('glare on a scanned card is still glare', () => {
    expect(codes(precheckImage(withHighlight(flatbed(), 0.45, 0.45, 0.1), { subject: 'document' }))).toEqual([
      'image.glare',
    ]);
  });

  test('a card lost on a whole page (background above 80 %) and selfies: the whole frame is judged', () => {
    const page = flatbed(1280, 960, 0.1);
    expect(codes(precheckImage(page, { subject: 'document' }))).toEqual(['lighting.too_bright']);
    expect(
      precheckImage(page, { subject: 'document', thresholds: { maxBackgroundShare: 0.95 } }).issues,
    ).toEqual([]);
    expect(codes(precheckImage(flatbed(), { subject: 'selfie' }))).toEqual(['lighting.too_bright']);
  });
});
