import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import manifest from '../../locales/manifest.json';

type Issues = Record<string, Record<string, Record<string, string>>>;
const issuesOf = (code: string) =>
  (JSON.parse(readFileSync(resolve(__dirname, `../../locales/${code}.json`), 'utf8')) as { issues: Issues })
    .issues;

/**
 * A fraud signal must read exactly like a harmless failure, in every language: if the words for
 * "spoof suspected" differed from "liveness failed", an attacker could tell which check caught them.
 */
describe.each(manifest.locales.map((l) => l.code))(
  '%s: fraud signals read like ordinary failures',
  (code) => {
    const issues = issuesOf(code);
    it('a suspected spoof says exactly what a failed liveness check says', () => {
      expect(issues.liveness?.spoof_suspected).toEqual(issues.liveness?.failed);
    });
    it('copies, screens, edits and fakes of a document all get the same words', () => {
      const document = issues.document ?? {};
      expect(document.photocopy?.title).toBe(document.not_genuine?.title);
      expect(document.screen?.title).toBe(document.not_genuine?.title);
      expect(document.tampered).toEqual(document.not_genuine);
      expect(document.screen).toEqual(document.photocopy);
    });
  },
);
