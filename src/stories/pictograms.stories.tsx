import type { Meta, StoryObj } from '@storybook/react-vite';
import { Pictogram, type PictogramName } from '../react/illustrations';

const names: PictogramName[] = [
  'face-too-close',
  'face-too-far',
  'face-off-center',
  'face-ok',
  'one-face',
  'mask',
  'glasses',
  'too-dark',
  'too-bright',
  'glare',
  'blur',
  'document-whole',
  'document-fingers',
  'document-flip',
  'camera',
  'orientation',
  'network',
  'waiting',
  'support',
];

/** The pictograms at 96 px, in `currentColor`: theme them with `color` or `--cf-pictogram`. */
function Pictograms({ size = 96 }: { readonly size?: number }) {
  return (
    <ul
      className="sb-grid"
      style={{ listStyle: 'none', padding: 0, gridTemplateColumns: 'repeat(auto-fill, minmax(140px, 1fr))' }}
    >
      {names.map((name) => (
        <li
          key={name}
          style={{ textAlign: 'center', color: 'var(--cf-pictogram, #0b57d0)' }}
          className="cf-panel"
        >
          <Pictogram name={name} width={size} height={size} />
          <div style={{ color: 'inherit', fontSize: 13 }}>{name}</div>
        </li>
      ))}
    </ul>
  );
}

const meta = { title: 'Components/Pictograms', component: Pictograms } satisfies Meta<typeof Pictograms>;
export default meta;
type Story = StoryObj<typeof meta>;
export const All: Story = {};
export const Small: Story = { args: { size: 48 } };
export const RightToLeft: Story = { globals: { locale: 'ar' } };
