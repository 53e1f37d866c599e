import type { Action, Issue, IssueCode, Subject } from '../classifier';

/** The subset of i18next's `TFunction` the kit needs (keeps this module free of i18next types). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Real parameters a guidance text may take, all optional. */
export interface GuidanceParams {
  /** Maximum file size in bytes (`file.too_large`). */
  readonly maxFileSizeBytes?: number;
  /** Accepted formats (`file.unsupported_format`), e.g. `['JPG', 'PNG', 'PDF']`. */
  readonly acceptedFormats?: readonly string[];
  /** Minimum video length in seconds (`video.too_short`). */
  readonly minVideoSeconds?: number;
  /** Which side of the document is being captured: refines "Retake photo". */
  readonly documentSide?: 'front' | 'back';
}

/** What to say for one issue, translated. */
export interface Guidance {
  readonly code: IssueCode;
  readonly title: string;
  /** One to three steps, in order. */
  readonly steps: readonly string[];
  /** A sentence for screen readers when the title alone is not one (else the title). */
  readonly announcement: string;
  /** A short live hint for the camera view (falls back to the title). */
  readonly hint: string;
  /** The label of the primary action; empty when the action is `none`. */
  readonly actionLabel: string;
}

export function issueKey(code: IssueCode): string {
  return code === 'unknown' ? 'issues.unknown' : `issues.${code}`;
}

/** A translation, or `undefined` when neither the key nor its fallback chain has it. */
function optional(t: Translate, key: string, options?: Record<string, unknown>): string | undefined {
  const value = t(key, { ...options, defaultValue: '' });
  return value && value !== key ? value : undefined;
}

function formatBytes(bytes: number, locale: string): string {
  const mb = bytes / (1024 * 1024);
  const unit = mb >= 1 ? 'megabyte' : 'kilobyte';
  const value = mb >= 1 ? mb : bytes / 1024;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

function formatList(items: readonly string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);
  } catch {
    return new Intl.ListFormat('en', { type: 'disjunction' }).format(items);
  }
}

/**
 * The i18next context of an issue's waits: a verification still under review is looked at again
 * ("Check again"), not retried ("Try again").
 */
export const waitContext = (code: IssueCode | undefined) =>
  code === 'session.pending' ? 'pending' : undefined;

/** The label of an action for a subject (`Retake selfie`, `Take a new photo of the back`, …). */
export function actionLabel(
  t: Translate,
  action: Action,
  subject: Subject,
  side?: 'front' | 'back',
  code?: IssueCode,
): string {
  switch (action) {
    case 'none':
      return '';
    case 'recapture': {
      const context = subject === 'document' && side ? `document_${side}` : subject;
      return t('actions.recapture', { context });
    }
    case 'retry':
      return t('actions.retry', { context: subject === 'device' ? 'camera' : undefined });
    case 'wait':
      return t('actions.retry', { context: waitContext(code) });
    case 'restart':
    case 'use_another_document':
    case 'review_details':
    case 'contact_support':
      return t(`actions.${action}`);
    default:
      return action satisfies never;
  }
}

/**
 * The translated guidance for an issue: title, steps, announcement, hint and action label, with the
 * subject as i18next context (a blurry selfie and a blurry document get different words).
 */
export function describeIssue(
  issue: Issue,
  t: Translate,
  locale: string,
  params: GuidanceParams = {},
): Guidance {
  const base = issueKey(issue.code);
  const context = issue.subject === 'none' ? undefined : issue.subject;
  const title = t(`${base}.title`, { context });
  const steps: string[] = [];
  for (const n of [1, 2, 3]) {
    const step = optional(t, `${base}.step${n}`, { context });
    if (step) steps.push(step);
  }
  const detail = detailFor(issue.code, t, base, locale, params);
  if (detail) steps.push(detail);
  return {
    code: issue.code,
    title,
    steps,
    announcement: optional(t, `${base}.announce`, { context }) ?? title,
    hint: optional(t, `${base}.hint`, { context }) ?? title,
    actionLabel: actionLabel(t, issue.action, issue.subject, params.documentSide, issue.code),
  };
}

function detailFor(
  code: IssueCode,
  t: Translate,
  base: string,
  locale: string,
  params: GuidanceParams,
): string | undefined {
  switch (code) {
    case 'file.too_large':
      return params.maxFileSizeBytes
        ? optional(t, `${base}.detail`, { maxSize: formatBytes(params.maxFileSizeBytes, locale) })
        : undefined;
    case 'file.unsupported_format':
      return params.acceptedFormats?.length
        ? optional(t, `${base}.detail`, { formats: formatList(params.acceptedFormats, locale) })
        : undefined;
    case 'video.too_short':
      return params.minVideoSeconds
        ? optional(t, `${base}.detail`, { count: params.minVideoSeconds })
        : undefined;
    default:
      return undefined;
  }
}
