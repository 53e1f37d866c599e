import type { ReactNode, SVGProps } from 'react';
import type { IssueCode } from '../classifier';

/** The pictograms of the kit: each names the fix the user should make. */
export type PictogramName =
  | 'face-too-close'
  | 'face-too-far'
  | 'face-off-center'
  | 'face-ok'
  | 'one-face'
  | 'mask'
  | 'glasses'
  | 'too-dark'
  | 'too-bright'
  | 'glare'
  | 'blur'
  | 'document-whole'
  | 'document-fingers'
  | 'document-flip'
  | 'camera'
  | 'orientation'
  | 'network'
  | 'waiting'
  | 'support';

// Shared pieces, drawn on a 96×96 grid with a 3 px stroke so they read at 48 px and look right at 96.
const oval = <ellipse cx="48" cy="46" rx="26" ry="32" strokeDasharray="6 5" />;
const face = (scale = 1, dx = 0) => (
  <g transform={`translate(${48 + dx} 46) scale(${scale}) translate(-48 -46)`}>
    <circle cx="48" cy="42" r="14" />
    <path d="M28 78c3-11 11-17 20-17s17 6 20 17" />
    <circle cx="43" cy="40" r="1.5" fill="currentColor" />
    <circle cx="53" cy="40" r="1.5" fill="currentColor" />
  </g>
);
const card = (
  <>
    <rect x="14" y="26" width="68" height="44" rx="6" />
    <circle cx="32" cy="46" r="7" />
    <path d="M46 40h24M46 48h18M46 56h22" />
  </>
);

const pictograms: Record<PictogramName, ReactNode> = {
  'face-too-close': (
    <>
      {oval}
      {face(1.35)}
    </>
  ),
  'face-too-far': (
    <>
      {oval}
      {face(0.55)}
    </>
  ),
  'face-off-center': (
    <>
      {oval}
      {face(0.8, 18)}
      <path d="M30 86h-14m5-5-5 5 5 5" data-mirror="true" />
    </>
  ),
  'face-ok': (
    <>
      {oval}
      {face(0.85)}
    </>
  ),
  'one-face': (
    <>
      {face(0.8, -14)}
      <g opacity="0.45">{face(0.6, 24)}</g>
      <path d="M62 20l22 22M84 20 62 42" />
    </>
  ),
  mask: (
    <>
      {face(1)}
      <path d="M36 46h24v8c0 5-5 8-12 8s-12-3-12-8z" />
      <path d="M36 48l-6-4M60 48l6-4" />
    </>
  ),
  glasses: (
    <>
      {face(1)}
      <rect x="34" y="35" width="11" height="9" rx="3" fill="currentColor" opacity="0.6" />
      <rect x="51" y="35" width="11" height="9" rx="3" fill="currentColor" opacity="0.6" />
      <path d="M45 39h6" />
    </>
  ),
  'too-dark': (
    <>
      {face(0.9)}
      <path d="M74 14a12 12 0 1 0 8 20 14 14 0 0 1-8-20z" fill="currentColor" opacity="0.7" />
    </>
  ),
  'too-bright': (
    <>
      {face(0.9)}
      <circle cx="78" cy="18" r="7" />
      <path d="M78 4v4M78 28v4M64 18h4M88 18h4M68 8l3 3M85 25l3 3M68 28l3-3M85 11l3-3" />
    </>
  ),
  glare: (
    <>
      {card}
      <path d="M58 30l10 10M64 28l14 14" strokeWidth="5" opacity="0.55" />
    </>
  ),
  blur: (
    <>
      {card}
      <g opacity="0.4" transform="translate(4 3)">
        {card}
      </g>
    </>
  ),
  'document-whole': (
    <>
      {card}
      <path d="M8 30v-12h12M76 18h12v12M88 66v12H76M20 78H8V66" />
    </>
  ),
  'document-fingers': (
    <>
      {card}
      <path d="M84 52c-6 0-12 2-16 6l-4 6c-2 3 2 6 5 4l5-4v18" />
      <path d="M10 10l76 76" opacity="0.8" />
    </>
  ),
  'document-flip': (
    <>
      <rect x="22" y="30" width="52" height="36" rx="5" />
      <path d="M30 42h36M30 50h28M30 58h20" />
      <path d="M30 18c10-8 26-8 36 0m0 0-2-8m2 8-8 1" data-mirror="true" />
    </>
  ),
  camera: (
    <>
      <rect x="14" y="30" width="52" height="38" rx="6" />
      <path d="M66 42l16-9v32l-16-9z" />
      <path d="M10 84 86 14" />
    </>
  ),
  orientation: (
    <>
      <rect x="32" y="14" width="32" height="58" rx="5" />
      <path d="M44 64h8" />
      <path d="M74 34c8 6 10 16 6 24m0 0 8-2m-8 2-2-8" data-mirror="true" />
    </>
  ),
  network: (
    <>
      <path d="M14 38c19-18 49-18 68 0M24 50c13-12 35-12 48 0M35 62c7-6 19-6 26 0" />
      <circle cx="48" cy="74" r="4" fill="currentColor" />
      <path d="M16 84 80 16" />
    </>
  ),
  waiting: (
    <>
      <circle cx="48" cy="50" r="30" />
      <path d="M48 32v18l12 8" />
      <path d="M40 12h16" />
    </>
  ),
  support: (
    <>
      <path d="M18 20h60a6 6 0 0 1 6 6v34a6 6 0 0 1-6 6H42l-16 12V66h-8a6 6 0 0 1-6-6V26a6 6 0 0 1 6-6z" />
      <path d="M30 38h36M30 48h24" />
    </>
  ),
};

const byCode: Partial<Record<IssueCode, PictogramName>> = {
  'face.too_close': 'face-too-close',
  'face.too_far': 'face-too-far',
  'face.off_center': 'face-off-center',
  'face.cropped': 'face-off-center',
  'face.multiple': 'one-face',
  'face.mask': 'mask',
  'face.occluded': 'mask',
  'face.mouth_not_visible': 'mask',
  'face.eyes_not_visible': 'glasses',
  'lighting.too_dark': 'too-dark',
  'lighting.poor': 'too-dark',
  'lighting.too_bright': 'too-bright',
  'image.glare': 'glare',
  'image.blurry': 'blur',
  'document.cropped': 'document-whole',
  'document.not_found': 'document-whole',
  'document.too_far': 'document-whole',
  'document.too_close': 'document-whole',
  'document.off_center': 'document-whole',
  'document.covered': 'document-fingers',
  'document.wrong_side': 'document-flip',
  'document.side_missing': 'document-flip',
  'device.orientation': 'orientation',
  'service.rate_limited': 'waiting',
  'session.pending': 'waiting',
};

/** The pictogram for an issue code (by code, then by category). */
export function pictogramFor(code: IssueCode): PictogramName {
  const direct = byCode[code];
  if (direct) return direct;
  const category = code.split('.')[0];
  switch (category) {
    case 'face':
    case 'liveness':
    case 'match':
    case 'video':
    case 'voice':
      return 'face-ok';
    case 'document':
    case 'image':
    case 'file':
      return 'document-whole';
    case 'camera':
      return 'camera';
    case 'network':
      return 'network';
    case 'service':
      return 'waiting';
    default:
      return 'support';
  }
}

export interface PictogramProps extends SVGProps<SVGSVGElement> {
  readonly name: PictogramName;
  /** Give a label only when the picture carries meaning the text does not; otherwise it is hidden. */
  readonly label?: string;
}

/**
 * An inline SVG pictogram in `currentColor` (stroke width from `--cf-pictogram-stroke`). Decorative
 * by default: hidden from screen readers unless `label` is given.
 */
export function Pictogram({ name, label, ...props }: PictogramProps) {
  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: hidden (aria-hidden) or named (role="img" + aria-label) below
    <svg
      viewBox="0 0 96 96"
      width="96"
      height="96"
      fill="none"
      stroke="currentColor"
      strokeWidth="3"
      strokeLinecap="round"
      strokeLinejoin="round"
      focusable="false"
      data-pictogram={name}
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
      {...props}
    >
      {pictograms[name]}
    </svg>
  );
}
