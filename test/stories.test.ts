import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allIssueCodes, issueCodes } from '../src/classifier';

const dir = resolve(__dirname, '../src/stories/issues');
const pascal = (text: string) =>
  text
    .split(/[._-]/)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');

describe('Storybook covers every issue code', () => {
  it('has a story per code in its category file (run `npm run stories:generate` after adding a code)', () => {
    const files = new Map(readdirSync(dir).map((f) => [f, readFileSync(resolve(dir, f), 'utf8')]));
    const missing = allIssueCodes.filter((code) => {
      const file = files.get(`${issueCodes[code].category}.stories.tsx`) ?? '';
      return !file.includes(`export const ${pascal(code)}: Story = { args: { code: '${code}' } };`);
    });
    expect(missing).toEqual([]);
  });
});
