import { describe, expect, it } from 'vitest';
import { allIssueCodes, issueCodes, issueFromCode, type Subject } from '../../src/classifier';
import { describeIssue } from '../../src/core/guidance';
import { createCaptureFeedbackI18nSync, translatorFor } from '../../src/i18n';

const t = translatorFor(createCaptureFeedbackI18nSync(), ['en']);
const looksLikeKey = (text: string) => /^(issues|actions|ui|camera_help)\./.test(text) || /\{\{/.test(text);

describe('English guidance', () => {
  it.each(allIssueCodes)('%s has a title, 1–3 steps and an action label', (code) => {
    const issue = issueFromCode(code);
    const g = describeIssue(issue, t, 'en');
    expect(g.title).toBeTruthy();
    expect(looksLikeKey(g.title)).toBe(false);
    expect(g.steps.length).toBeGreaterThanOrEqual(1);
    expect(g.steps.length).toBeLessThanOrEqual(3);
    for (const step of g.steps) {
      expect(looksLikeKey(step)).toBe(false);
      expect(step.split(/\s+/).length, step).toBeLessThanOrEqual(14);
    }
    if (issue.action === 'none') expect(g.actionLabel).toBe('');
    else expect(g.actionLabel, `${code} action ${issue.action}`).toMatch(/^[A-Z]/);
  });

  it.each(['selfie', 'document', 'video', 'upload'] as Subject[])(
    'resolves every code for subject %s without raw keys',
    (subject) => {
      for (const code of allIssueCodes) {
        const g = describeIssue(issueFromCode(code, { subject }), t, 'en', { documentSide: 'back' });
        expect([g.title, ...g.steps, g.actionLabel, g.hint].some(looksLikeKey), code).toBe(false);
      }
    },
  );

  it('changes the advice with the subject (a blurry selfie is not a blurry document)', () => {
    const selfie = describeIssue(issueFromCode('image.blurry', { subject: 'selfie' }), t, 'en');
    const document = describeIssue(issueFromCode('image.blurry', { subject: 'document' }), t, 'en');
    expect(selfie.title).not.toBe(document.title);
    expect(selfie.steps).not.toEqual(document.steps);
    expect(
      describeIssue(issueFromCode('document.cropped'), t, 'en', { documentSide: 'back' }).actionLabel,
    ).toBe('Take a new photo of the back');
  });

  it('keeps fraud signals neutral: nothing says what was detected', () => {
    const sensitive = allIssueCodes.filter((code) => issueCodes[code].sensitive);
    expect(sensitive).toEqual(
      expect.arrayContaining(['liveness.spoof_suspected', 'document.tampered', 'document.not_genuine']),
    );
    for (const code of sensitive) {
      for (const subject of ['selfie', 'document', 'video'] as Subject[]) {
        const g = describeIssue(issueFromCode(code, { subject }), t, 'en');
        const text = [g.title, ...g.steps, g.hint].join(' ');
        expect(text, code).not.toMatch(
          /fake|spoof|fraud|tamper|edit|forg|photocop|screen|print|manipulat|match|mask attack|deepfake/i,
        );
      }
    }
  });

  it('tells the user integration problems are not theirs, without technical words', () => {
    for (const code of allIssueCodes.filter((c) => c.startsWith('integration.') || c === 'unknown')) {
      const g = describeIssue(issueFromCode(code), t, 'en');
      const text = [g.title, ...g.steps].join(' ');
      expect(text).not.toMatch(/api|key|quota|credit|server|request|config|http|\b[45]\d\d\b/i);
    }
  });

  it('formats real parameters with Intl, in the locale, with plurals', () => {
    const tooLarge = describeIssue(issueFromCode('file.too_large'), t, 'en', {
      maxFileSizeBytes: 3 * 1024 * 1024,
    });
    expect(tooLarge.steps.at(-1)).toContain('3 MB');
    const formats = describeIssue(issueFromCode('file.unsupported_format'), t, 'en', {
      acceptedFormats: ['JPG', 'PNG', 'PDF'],
    });
    expect(formats.steps.at(-1)).toContain('JPG, PNG, or PDF');
    const short1 = describeIssue(issueFromCode('video.too_short'), t, 'en', { minVideoSeconds: 1 });
    const short6 = describeIssue(issueFromCode('video.too_short'), t, 'en', { minVideoSeconds: 6 });
    expect(short1.steps.at(-1)).not.toBe(short6.steps.at(-1)?.replace('6', '1'));
    expect(t('actions.wait', { count: 1200 })).toBe('Try again in 1,200 s');
    // Without a known parameter, no sentence with a hole in it.
    expect(describeIssue(issueFromCode('file.too_large'), t, 'en').steps.join(' ')).not.toMatch(
      /\{\{|undefined/,
    );
  });
});
