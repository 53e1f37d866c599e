import { expect } from 'storybook/test';
import { allIssueCodes, type Category, type IssueCode, issueCodes, issueFromCode } from '../classifier';
import { CaptureFeedback } from '../react/capture-feedback';

/** Realistic extras per code, so each story shows what an end user would see. */
function sampleIssue(code: IssueCode) {
  const meta = issueCodes[code];
  const requestId = ['integration', 'unknown', 'service', 'verification', 'session'].includes(meta.category)
    ? 'req_7f3a9c21e8'
    : undefined;
  return issueFromCode(code, {
    // The two waits with a countdown: a rate limit, and a review that said when to look again.
    ...(code === 'service.rate_limited' || code === 'session.pending' ? { retryAfterMs: 30_000 } : {}),
    ...(requestId ? { requestId } : {}),
  });
}

export interface IssueStoryProps {
  /** The issue code to show. */
  readonly code: IssueCode;
  /** The subject being captured (changes the wording of image and lighting issues). */
  readonly subject?: 'selfie' | 'document' | 'video' | 'upload';
}

/** The feedback panel for one issue code, as an end user sees it. */
export function IssueStory({ code, subject }: IssueStoryProps) {
  const issue = sampleIssue(code);
  const shown =
    subject && issue.subject !== 'none' && issue.subject !== 'device' ? { ...issue, subject } : issue;
  return (
    <CaptureFeedback
      error={shown}
      onRetry={() => new Promise((resolve) => setTimeout(resolve, 800))}
      autoFocus={false}
    />
  );
}

/** Every code of a category at phone width (320 px), to review a locale at a glance. */
export function CategoryGallery({ category }: { readonly category: Category }) {
  const codes = allIssueCodes.filter((code) => issueCodes[code].category === category);
  return (
    <div className="sb-narrow" data-testid="gallery">
      {codes.map((code) => (
        <div key={code} style={{ marginBlockEnd: 16 }}>
          <IssueStory code={code} />
        </div>
      ))}
    </div>
  );
}

/** Fails when any panel's content is wider than its box (text overflowing at 320 px). */
export async function expectNoOverflow(canvasElement: HTMLElement) {
  const panels = [...canvasElement.querySelectorAll<HTMLElement>('.cf-panel')];
  await expect(panels.length).toBeGreaterThan(0);
  for (const panel of panels) {
    const overflow = panel.scrollWidth - panel.clientWidth;
    await expect(overflow, `${panel.dataset.code} overflows by ${overflow}px`).toBeLessThanOrEqual(1);
  }
}
