import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TencentFieldTables, VendorTable } from '../../src/docs/vendor-table';

// The Storybook page "Docs/Vendor tables" that support staff and translators read.
describe('vendor tables in the docs', () => {
  it('lists a vendor code with its issue code and English title', () => {
    render(<VendorTable vendor="tencent" />);
    const row = screen.getByRole('row', { name: /^ActionFaceFar\b/ });
    expect(within(row).getByText('face.too_far')).toBeInTheDocument();
    expect(within(row).getAllByRole('cell')[2]?.textContent).toMatch(/\w/);
  });

  it('lists the field-dependent Tencent warnings by field, including the flag checks', () => {
    render(<TencentFieldTables />);
    const captions = screen.getAllByRole('table').map((t) => t.querySelector('caption')?.textContent);
    expect(captions).toEqual(
      expect.arrayContaining([expect.stringMatching(/^tencent CardWarn: \d+ codes$/)]),
    );
    const row = screen.getByRole('row', { name: /^Reflection\b/ });
    expect(within(row).getByText('image.glare')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /^PSCheck\b/ })).toHaveTextContent('document.tampered');
  });
});
