import { version as reactVersion } from 'react';
import { version as domVersion } from 'react-dom';
import { expect, it } from 'vitest';

// The `unit` project runs these React tests on React 19, the `react18` project on React 18 (the
// peer range promises both). A misconfigured alias would silently test React 19 twice.
it('runs on the React the project promises', () => {
  const expected = process.env.EXPECTED_REACT_MAJOR ?? '19';
  expect(reactVersion.split('.')[0]).toBe(expected);
  expect(domVersion).toBe(reactVersion);
});
