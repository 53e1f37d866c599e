import type { Action, IssueCode, IssueMeta, Subject } from './codes';
import type { Plain } from './safe';

/** The built-in vendor ids. Integrators may register others (any string). */
export type BuiltInVendorId = 'faceki' | 'innov8tif' | 'idrnd' | 'tencent' | 'fern';
export type VendorId = BuiltInVendorId | (string & {});

/**
 * How the vendor of an issue was decided: named by the caller (`hint`), unmistakable from the
 * payload's shape (`certain`), the only vendor that knows the code (`likely`), several vendors know
 * it and one was picked (`ambiguous`), or no vendor involved (`none`: HTTP, browser, bare status).
 */
export type VendorConfidence = 'hint' | 'certain' | 'likely' | 'ambiguous' | 'none';

/** One normalized capture issue. */
export interface Issue extends IssueMeta {
  readonly code: IssueCode;
  /** What to capture again: the code's default, or what the vendor or the caller said. */
  readonly subject: Subject;
  readonly action: Action;
  /** How long to wait before retrying, when the vendor or HTTP said so. */
  readonly retryAfterMs?: number;
  readonly vendor?: VendorId;
  readonly vendorConfidence: VendorConfidence;
  /** The vendor's original code, for logs and support. Never show it to end users. */
  readonly vendorCode?: string;
  /** The vendor's request id: a reference the user can quote to support. */
  readonly requestId?: string;
  /** The form field a vendor rejected (a field name, never its value). */
  readonly field?: string;
  /** The HTTP status the issue came with, if any. */
  readonly httpStatus?: number;
}

/** What a vendor module pulls out of one body. */
export interface Extracted {
  /** Codes in the vendor's own vocabulary, most important first. Empty with `success` for success. */
  readonly codes: readonly (string | number)[];
  /** The body states success explicitly (Tencent `Result: "Success"`, a code 0, an accepted decision). */
  readonly success?: boolean;
  readonly requestId?: string;
  readonly retryAfterSeconds?: number;
  readonly field?: string;
  /** A subject more precise than the code's default (a vendor may know it was the document). */
  readonly subject?: Subject;
  /**
   * The issue when the body, not a code, decides it: it replaces the mapping of the first code, or
   * stands alone when there is no code (a face-match score below the pass mark).
   */
  readonly issue?: IssueCode;
  /** An HTTP status the body reports about itself (Faceki's `statusCode`). */
  readonly httpStatus?: number;
}

/**
 * One vendor: how to recognise its payloads, how to pull codes out of them, and a table from its
 * codes to issue codes. Adding a vendor is one module like this and one line in the registry.
 */
export interface VendorModule {
  readonly id: VendorId;
  /**
   * How well a body's shape fits this vendor: 0 not at all, 1 weak (generic field names), 2 typical,
   * 3 unmistakable.
   */
  recognize(body: Plain): number;
  /** Codes and context from a body already recognised as this vendor's. */
  extract(body: Plain): Extracted | undefined;
  /** Vendor code → issue code. Keys are matched case-insensitively, after trimming. */
  readonly codes: Readonly<Record<string, IssueCode>>;
  /** For codes missing from the table: a rule (a prefix family, say), or `undefined`. */
  fallback?(code: string): IssueCode | undefined;
  /** Whether a bare code, with no vendor named, looks like this vendor's (a shape, not a table hit). */
  ownsBareCode?(code: string): boolean;
}

export interface ClassifyOptions {
  /** The vendor that produced the input: decides codes that several vendors share. */
  readonly vendor?: VendorId;
  /** The HTTP status of the response the input came with. */
  readonly httpStatus?: number;
  /** The response headers (a `Headers`, or a plain object): `Retry-After`, `X-Request-Id`. */
  readonly headers?: unknown;
  /** The subject being captured when the error happened (refines the issue's subject). */
  readonly subject?: Subject;
  /**
   * Where the thrown value came from: `camera` for `getUserMedia` (an `AbortError` there means the
   * camera could not start), `request` for a vendor call (an `AbortError` there is a time-out).
   */
  readonly source?: 'camera' | 'request';
  /** Now, for HTTP-date `Retry-After` values. Defaults to `Date.now()`. */
  readonly now?: number;
}

/** Options of `classifyResponse`: a body that stalls or never ends must not hang the UI. */
export interface ClassifyResponseOptions extends ClassifyOptions {
  /** The classifier to use (from `createClassifier`). @defaultValue the built-in one */
  readonly classifier?: { classifyAll(input: unknown, options?: ClassifyOptions): Issue[] };
  /**
   * How long to wait for the body before classifying by status and headers alone (a gateway that
   * trickles its error page on a poor network). @defaultValue 5000
   */
  readonly bodyTimeoutMs?: number;
}
