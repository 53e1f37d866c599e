import { browserIssue, isOffline } from './browser';
import { type IssueCode, isIssueCode, issueCodes, type Subject } from './codes';
import { header, issueForStatus, retryAfterFromHeaders } from './http';
import { builtInVendors } from './registry';
import { asCode, asRequestId, field, isObject, type Plain, parseJsonText, read, snapshot } from './safe';
import type { ClassifyOptions, Extracted, Issue, VendorConfidence, VendorId, VendorModule } from './types';

export interface ClassifierConfig {
  /** Vendors to add to the built-in ones (one with a built-in id replaces it). */
  readonly vendors?: readonly VendorModule[];
  /**
   * Single mappings to change without forking: `{ 'faceki:8003': 'face.cropped' }`. Keys are
   * `vendor:code`, matched case-insensitively.
   */
  readonly overrides?: Readonly<Record<string, IssueCode>>;
  /** Leave the built-in vendors out (only `vendors` are used). */
  readonly builtIns?: boolean;
}

export interface Classifier {
  /** The most important issue in `input`, or `null` when it means success. Never throws. */
  classify(input: unknown, options?: ClassifyOptions): Issue | null;
  /** Every issue in `input`, most important first; empty for success. Never throws. */
  classifyAll(input: unknown, options?: ClassifyOptions): Issue[];
  /** The vendors this classifier knows, built-in first. */
  readonly vendors: readonly VendorModule[];
  /** What one vendor code maps to (with overrides), or `undefined` when the vendor does not know it. */
  lookup(vendor: VendorId, code: string | number): IssueCode | undefined;
}

// Where hosts' backends put a vendor's answer.
const WRAPPERS = ['data', 'result', 'error', 'errors', 'detail', 'details', 'body', 'response', 'payload'];
const CAPTURE_SUBJECTS = new Set<Subject>(['selfie', 'document', 'video', 'voice', 'upload']);
const REQUEST_ID_HEADERS = ['x-request-id', 'x-tc-requestid', 'request-id', 'x-correlation-id'];
const SUCCESS_WORDS = new Set(['0', 'success', 'ok']);
// What a vendor code looks like. Text that no table knows and that is not shaped like a code may
// be a free-text message (with a name or an e-mail address in it): it is not kept as `vendorCode`,
// which goes to the host's logs and analytics.
const CODE_LIKE = /^[\w.:-]{1,64}$/;
const codeLike = (code: string | undefined) => (code && CODE_LIKE.test(code) ? code : undefined);

interface Found {
  readonly code: IssueCode;
  readonly vendor?: VendorId;
  readonly confidence: VendorConfidence;
  readonly vendorCode?: string;
}

interface Context {
  status?: number;
  headers?: unknown;
  requestId?: string;
  retryAfterMs?: number;
  field?: string;
  subject?: Subject;
  /** The vendor whose body it was, even when only the HTTP status says what went wrong. */
  vendor?: VendorId;
  confidence?: VendorConfidence;
}

/** Creates a classifier with the built-in vendors, plus extra vendors or single-mapping overrides. */
export function createClassifier(config: ClassifierConfig = {}): Classifier {
  const extra = config.vendors ?? [];
  const base =
    config.builtIns === false ? [] : builtInVendors.filter((v) => !extra.some((e) => e.id === v.id));
  return createVendorClassifier({ ...config, vendors: [...base, ...extra] });
}

/**
 * Creates a classifier with exactly the vendors given and no built-in table it does not name: a
 * bundle that imports only this and `tencent` ships Tencent's codes alone.
 */
export function createVendorClassifier(config: Omit<ClassifierConfig, 'builtIns'> = {}): Classifier {
  const vendors: readonly VendorModule[] = Object.freeze([...(config.vendors ?? [])]);
  const tables = new Map(vendors.map((v) => [v, lowerTable(v.codes)]));
  const overrides = lowerTable(config.overrides ?? {});

  function lookup(vendor: VendorModule | VendorId, raw: string | number): IssueCode | undefined {
    const module = typeof vendor === 'string' ? vendors.find((v) => v.id === vendor) : vendor;
    const code = String(raw).trim();
    const lower = code.toLowerCase();
    const id = typeof vendor === 'string' ? vendor : vendor.id;
    const overridden = overrides.get(`${String(id).toLowerCase()}:${lower}`);
    if (overridden) return overridden;
    if (!module) return undefined;
    const table = tables.get(module);
    const hit =
      table?.get(lower) ?? table?.get(lower.replace(/^[-+]/, '')) ?? safeCall(() => module.fallback?.(code));
    // A fallback (the host's own, or a table read with an inherited key such as `constructor`) may
    // hand back anything: only an issue code counts.
    return isIssueCode(hit) ? hit : undefined;
  }

  function resolveBare(code: string, hint: VendorId | undefined): Found | null {
    if (SUCCESS_WORDS.has(code.toLowerCase()) || /^0+$/.test(code)) return null;
    // The kit's own vocabulary (a code the host's server or its own frame analysis already chose).
    if (isIssueCode(code)) return { code, confidence: 'none' };
    if (hint) {
      const hit = lookup(hint, code);
      if (hit) return { code: hit, vendor: hint, confidence: 'hint', vendorCode: code };
    }
    const owner = vendors.find((v) => safeCall(() => v.ownsBareCode?.(code)));
    if (owner) {
      const hit = lookup(owner, code);
      if (hit) return { code: hit, vendor: owner.id, confidence: 'likely', vendorCode: code };
    }
    const knowing = vendors.filter((v) => lookup(v, code) !== undefined && !(hint && v.id === hint));
    const first = knowing[0];
    // With a hint, a number the hinted vendor does not know stays unknown (numbers collide across
    // vendors); a named code only one other vendor knows is that vendor's.
    if (first && (!hint || !/^-?\d+$/.test(code))) {
      const hit = lookup(first, code) ?? 'unknown';
      return {
        code: hit,
        vendor: first.id,
        confidence: knowing.length > 1 ? 'ambiguous' : 'likely',
        vendorCode: code,
      };
    }
    const status = Number(code);
    if (/^[45]\d\d$/.test(code)) {
      return {
        code: issueForStatus(status) ?? 'unknown',
        confidence: 'none',
        vendorCode: code,
        ...(hint ? { vendor: hint } : {}),
      };
    }
    return {
      code: 'unknown',
      confidence: hint ? 'hint' : 'none',
      vendorCode: code,
      ...(hint ? { vendor: hint } : {}),
    };
  }

  function fromBody(body: Plain, hint: VendorId | undefined, ctx: Context): Found[] | null | undefined {
    const hinted = hint ? vendors.find((v) => v.id === hint) : undefined;
    let vendor: VendorModule | undefined;
    let extracted: Extracted | undefined;
    let confidence: VendorConfidence = 'hint';
    // A verdict of success from a vendor that did not read the body's own `error` is no verdict.
    const flagged = carriesError(body);
    const ignoresError = (e: Extracted | undefined) =>
      flagged && e?.success === true && !e.codes.length && !e.issue;
    if (hinted) extracted = safeCall(() => hinted.extract(body));
    if (ignoresError(extracted)) extracted = undefined;
    if (extracted) vendor = hinted;
    else {
      // The most likely vendor first; when its extractor says the body is not its shape after
      // all, the next one reads it (a shared field such as `request_id` must not decide alone).
      const ranked = vendors
        .map((v) => [v, safeCall(() => v.recognize(body)) ?? 0] as const)
        .sort((a, b) => b[1] - a[1]);
      for (const [candidate, score] of ranked) {
        if (score <= 0) break;
        extracted = safeCall(() => candidate.extract(body));
        if (ignoresError(extracted)) extracted = undefined;
        if (extracted) {
          vendor = candidate;
          confidence = score >= 3 ? 'certain' : 'likely';
          break;
        }
      }
    }
    if (!vendor || !extracted) return undefined;
    ctx.vendor = vendor.id;
    ctx.confidence = confidence;
    if (extracted.requestId) ctx.requestId = extracted.requestId;
    if (extracted.field) ctx.field = extracted.field;
    if (extracted.subject) ctx.subject = extracted.subject;
    if (extracted.httpStatus !== undefined && ctx.status === undefined) ctx.status = extracted.httpStatus;
    if (extracted.retryAfterSeconds !== undefined)
      ctx.retryAfterMs = Math.min(extracted.retryAfterSeconds * 1000, 864e5);
    const found: Found[] = [];
    const module = vendor;
    extracted.codes.forEach((raw, i) => {
      const vendorCode = String(raw).trim();
      const overridden = overrides.get(`${String(module.id).toLowerCase()}:${vendorCode.toLowerCase()}`);
      // Only an issue code counts, whatever a vendor module hands back.
      const decided = i === 0 && isIssueCode(extracted.issue) ? extracted.issue : undefined;
      const code = overridden ?? decided ?? lookup(module, vendorCode);
      // A code this vendor does not know may be another's, passed through by the host's backend
      // in a shape like this one (`{ error: { code: "FACE_TOO_CLOSE" } }`).
      const other = code ? undefined : resolveBare(vendorCode, hint);
      found.push(
        code || !other || other.code === 'unknown'
          ? { code: code ?? 'unknown', vendor: module.id, confidence, vendorCode }
          : other,
      );
    });
    if (found.length === 0 && isIssueCode(extracted.issue))
      found.push({ code: extracted.issue, vendor: module.id, confidence });
    if (found.length === 0) return extracted.success ? null : undefined;
    return found;
  }

  function run(input: unknown, options: ClassifyOptions, depth = 0): Issue[] {
    const ctx: Context = { status: options.httpStatus, headers: options.headers };
    let body: unknown = input;

    if (isIssueLike(input)) return [reviveIssue(input)];
    if (typeof input === 'object' && input !== null) {
      const browser = browserIssue(input, options);
      if (browser) return [build({ code: browser, confidence: 'none' }, ctx, options)];
      const response = read(input, 'response');
      const responseStatus = Number(read(response, 'status'));
      const ownStatus = Number(read(input, 'status'));
      if (typeof read(read(input, 'headers'), 'get') === 'function' && ownStatus >= 400 && ownStatus < 600) {
        // A failed fetch `Response` itself: its body cannot be read synchronously
        // (`classifyResponse` does that); its status and headers still say a lot (429 with
        // Retry-After, 503). A 2xx one is not taken for a success: Tencent fails inside HTTP 200.
        ctx.status ??= ownStatus;
        ctx.headers ??= read(input, 'headers');
        body = undefined;
      } else if (Number.isInteger(responseStatus) && responseStatus > 0) {
        // An HTTP client's error (axios, ofetch): the answer is inside.
        ctx.status ??= responseStatus;
        ctx.headers ??= read(response, 'headers');
        body = read(response, 'data') ?? read(response, '_data');
      } else {
        const code = asCode(read(input, 'code'));
        if (code === 'ERR_NETWORK' || code === 'ECONNREFUSED' || code === 'ENOTFOUND') {
          return [build({ code: 'network.offline', confidence: 'none', vendorCode: code }, ctx, options)];
        }
        if (code === 'ECONNABORTED' || code === 'ETIMEDOUT' || code === 'ERR_CANCELED') {
          return [build({ code: 'network.timeout', confidence: 'none', vendorCode: code }, ctx, options)];
        }
        const requestId = asRequestId(read(input, 'requestId'));
        if (code && requestId && /\./.test(code)) {
          // A vendor SDK's exception (Tencent's TencentCloudSDKException: code, message, requestId).
          ctx.requestId = requestId;
          body = code;
        } else if (read(input, 'message') !== undefined && read(input, 'stack') !== undefined) {
          const cause = read(input, 'cause');
          if (cause !== undefined && cause !== input) return run(cause, options);
          body = code; // an Error with a code, or a bare Error: the code (if any) is all we use
        }
      }
    }

    let found: Found[] | null | undefined;
    let unrecognised: Plain | undefined; // a body object no vendor could read
    if (typeof body === 'string') {
      const parsed = parseJsonText(body);
      if (parsed !== undefined) body = parsed;
      // A Tencent SDK exception printed as text by the host's backend (Python and PHP:
      // `[TencentCloudSDKException] code:… message:… requestId:…`; Go: `Code=…, RequestId=…`):
      // its code and request id, never its message.
      const sdk =
        /^\s*\[TencentCloudSDK\w*\]\s*code\s*[:=]\s*([\w.]+)(?:[\s\S]*?requestId\s*[:=]\s*([\w-]+))?/i.exec(
          typeof body === 'string' ? body.slice(0, 2048) : '',
        );
      if (sdk?.[1]) {
        body = sdk[1];
        ctx.requestId = asRequestId(sdk[2]) ?? ctx.requestId;
      }
    }
    if (typeof body === 'number' || typeof body === 'bigint' || typeof body === 'string') {
      const code = typeof body === 'string' ? asCode(body) : asCode(snapshot(body));
      if (code && !code.startsWith('<')) {
        const bare = resolveBare(code, options.vendor);
        found = bare ? [bare] : null;
      }
    } else if (typeof body === 'object' && body !== null) {
      const plain = snapshot(body);
      // A failing status inside the body (problem+json `status`, NestJS `statusCode`) when none was given.
      const own = bodyStatus(plain);
      if (own !== undefined && own >= 400) ctx.status ??= own;
      if (Array.isArray(plain)) {
        // A list of codes or bodies: all of them.
        const all = plain.flatMap((item) => classifyAll(item, { ...options, httpStatus: undefined }));
        if (all.length > 0) return sortIssues(all);
        // Every item classified as success (or there were none): the list means success.
        found = null;
      } else if (plain !== undefined) {
        found = fromBody(plain, options.vendor, ctx);
        if (found === undefined) {
          const inner = depth < 2 ? unwrap(plain, options, depth) : undefined;
          if (inner) return inner;
          // No vendor's shape: a code under a generic name (`{ code }`, `{ errorCode }`, …). At the
          // top, `0` or `200` (`{ "code": 0, "message": "ok" }`) is the usual success envelope.
          const [generic, top] = genericCode(plain);
          const bare = generic ? resolveBare(generic, options.vendor) : undefined;
          // Your backend's own reference for the call, if it gives one.
          if (isObject(plain)) ctx.requestId ??= asRequestId(field(plain, 'requestId', 'request_id'));
          const verdict = genericVerdict(plain);
          if (verdict === 'rejected') found = [{ code: 'verification.rejected', confidence: 'none' }];
          else if (verdict === 'pending') found = [{ code: 'session.pending', confidence: 'none' }];
          else if ((verdict || (top && (bare === null || generic === '200'))) && !carriesError(plain))
            found = null;
          else if (bare && bare.code !== 'unknown') found = [bare];
          else unrecognised = plain;
        }
      }
    }

    const now = options.now ?? Date.now();
    const headerWait = retryAfterFromHeaders(ctx.headers, now);
    if (headerWait !== undefined) ctx.retryAfterMs ??= headerWait;
    ctx.requestId ??= REQUEST_ID_HEADERS.map((h) => asRequestId(header(ctx.headers, h))).find(Boolean);

    const statusIssue = ctx.status === undefined ? undefined : issueForStatus(ctx.status);
    const specific = found?.filter((f) => f.code !== 'unknown') ?? [];
    if (specific.length > 0) return sortIssues(specific.map((f) => build(f, ctx, options)));
    if (statusIssue) {
      const vendorCode = codeLike(found?.[0]?.vendorCode);
      const vendor = found?.[0]?.vendor ?? ctx.vendor;
      const confidence = found?.[0]?.confidence ?? ctx.confidence ?? 'none';
      return [
        build(
          {
            code: statusIssue,
            confidence,
            ...(vendorCode ? { vendorCode } : {}),
            ...(vendor ? { vendor } : {}),
          },
          ctx,
          options,
        ),
      ];
    }
    if (found === null) return [];
    if (found && found.length > 0) return sortIssues(found.map((f) => build(f, ctx, options)));
    // Nothing in the input says what went wrong. A 2xx with an empty body, or with a body that
    // carries no error at all (Fern's 201 with the new customer), is a success; no input and no
    // status at all is not (it must never be shown as one).
    const ok = ctx.status !== undefined && ctx.status >= 200 && ctx.status < 400;
    if (ok && (isEmpty(body) || (unrecognised !== undefined && !looksLikeError(unrecognised)))) return [];
    return [build({ code: isOffline() ? 'network.offline' : 'unknown', confidence: 'none' }, ctx, options)];
  }

  /**
   * A vendor's answer inside the host's own envelope (`{ data: … }`, `{ success: false, error: … }`,
   * a Lambda proxy's `{ statusCode, body: "…" }`): the first wrapped value a vendor reads decides.
   */
  function unwrap(plain: Plain, options: ClassifyOptions, depth: number): Issue[] | undefined {
    if (!isObject(plain)) return undefined;
    const status = bodyStatus(plain);
    // An envelope that says it failed is not a success, whatever it wraps.
    const failed = carriesError(plain) || plain.success === false || plain.ok === false;
    for (const key of WRAPPERS) {
      const inner = typeof plain[key] === 'string' ? parseJsonText(plain[key] as string) : plain[key];
      if (!isObject(inner) && !Array.isArray(inner)) continue;
      const issues = run(inner, { ...options, httpStatus: options.httpStatus ?? status }, depth + 1);
      if (
        issues.length === 0
          ? !failed && isObject(inner)
          : issues.some((i) => i.code !== 'unknown' || i.vendor)
      )
        return issues;
    }
    return undefined;
  }

  function classifyAll(input: unknown, options: ClassifyOptions = {}): Issue[] {
    try {
      return run(input, options ?? {});
    } catch {
      // Unreachable by design (every read is guarded), but a classifier must never crash a screen.
      return [build({ code: 'unknown', confidence: 'none' }, {}, {})];
    }
  }

  function classify(input: unknown, options?: ClassifyOptions): Issue | null {
    return classifyAll(input, options)[0] ?? null;
  }

  return {
    classify,
    classifyAll,
    vendors,
    lookup: (vendor, code) => lookup(vendor, code),
  };
}

function build(found: Found, ctx: Context, options: ClassifyOptions): Issue {
  const meta = issueCodes[found.code];
  const requested = options.subject && CAPTURE_SUBJECTS.has(options.subject) ? options.subject : undefined;
  const subject =
    meta.subject === 'none' || meta.subject === 'device'
      ? meta.subject
      : (requested ?? ctx.subject ?? meta.subject);
  // A wait means something for the issues that are waited out (a rate limit, an outage, a
  // verification still running), not for a blurry selfie that came with a `Retry-After`.
  const waits = meta.action === 'wait' || found.code === 'service.unavailable';
  return Object.freeze({
    code: found.code,
    ...meta,
    subject,
    vendorConfidence: found.confidence,
    ...(waits && ctx.retryAfterMs !== undefined ? { retryAfterMs: ctx.retryAfterMs } : {}),
    ...(found.vendor ? { vendor: found.vendor } : {}),
    ...(found.vendorCode && (found.code !== 'unknown' || codeLike(found.vendorCode))
      ? { vendorCode: found.vendorCode }
      : {}),
    ...(ctx.requestId ? { requestId: ctx.requestId } : {}),
    ...(ctx.field ? { field: ctx.field } : {}),
    ...(ctx.status !== undefined && Number.isInteger(ctx.status) ? { httpStatus: ctx.status } : {}),
  });
}

/**
 * An issue for a code you already know (from a pre-check, a live hint, or your own logic), with its
 * metadata; `extra` adds what you know (subject, request id, wait).
 */
export function issueFromCode(
  code: IssueCode,
  extra: Partial<
    Pick<Issue, 'subject' | 'retryAfterMs' | 'requestId' | 'vendor' | 'vendorCode' | 'field'>
  > = {},
): Issue {
  return reviveIssue({ ...extra, code, vendorConfidence: 'none' });
}

const CONFIDENCES = new Set<unknown>(['hint', 'certain', 'likely', 'ambiguous', 'none']);

/**
 * An issue that crossed a boundary (JSON from the host's server, a prop built by hand) made whole
 * again: metadata from this table, never from the value (a stale or tampered `sensitive`, `action`
 * or `priority` does not survive), and only the extras that pass the checks the classifier's own
 * pass (a request id that is a short token, a code-shaped vendor code, a finite wait, a real status).
 */
function reviveIssue(value: Partial<Issue> & Pick<Issue, 'code'>): Issue {
  const get = (key: keyof Issue) => read(value, key);
  const token = (key: keyof Issue) => codeLike(asCode(get(key)));
  const [confidence, wait, status] = [get('vendorConfidence'), get('retryAfterMs'), get('httpStatus')];
  return build(
    {
      code: value.code,
      confidence: CONFIDENCES.has(confidence) ? (confidence as VendorConfidence) : 'none',
      vendor: token('vendor'),
      vendorCode: token('vendorCode'),
    },
    {
      requestId: asRequestId(get('requestId')),
      field: token('field'),
      status: typeof status === 'number' && status >= 100 && status < 600 ? status : undefined,
      retryAfterMs:
        Number.isFinite(wait) && (wait as number) >= 0 ? Math.min(wait as number, 864e5) : undefined,
    },
    { subject: get('subject') as Subject },
  );
}

/** Most important first; one issue per code (the first occurrence keeps its vendor code). */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const seen = new Set<IssueCode>();
  return [...issues]
    .sort((a, b) => b.priority - a.priority)
    .filter((issue) => {
      if (seen.has(issue.code)) return false;
      seen.add(issue.code);
      return true;
    });
}

function isIssueLike(value: unknown): value is Issue {
  return (
    isObject(value) && isIssueCode(read(value, 'code')) && typeof read(value, 'vendorConfidence') === 'string'
  );
}

// Field names and values that say "error" in any vendor's dialect.
const ERROR_KEY = /^(errors?|error_?code|error_?msg|error_?message|fault|exception|failure|reason_?code)$/i;

/** Whether a body no vendor recognised still says that something failed. */
function looksLikeError(body: Plain): boolean {
  if (!isObject(body)) return true;
  for (const [key, value] of Object.entries(body)) {
    if (ERROR_KEY.test(key) && value !== null && value !== false && value !== '' && value !== 0) return true;
    if (
      /^(status|success|ok|result)$/i.test(key) &&
      (value === false ||
        (typeof value === 'string' && /^(error|fail(ed|ure)?|rejected|denied)$/i.test(value)))
    ) {
      return true;
    }
    if (key === 'code' && value !== 0 && value !== '0' && value !== 200 && value !== '200' && value !== null)
      return true;
  }
  return false;
}

function isEmpty(body: unknown): boolean {
  return body === undefined || body === null || (typeof body === 'string' && body.trim() === '');
}

function lowerTable(table: Readonly<Record<string, IssueCode>>): Map<string, IssueCode> {
  return new Map(Object.entries(table).map(([k, v]) => [k.trim().toLowerCase(), v]));
}

function safeCall<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

// Created on first use, so that a bundle importing only `createVendorClassifier` and one vendor
// module leaves the other vendors' tables out.
let defaultClassifier: Classifier | undefined;
export const builtIn = (): Classifier => {
  defaultClassifier ??= createClassifier();
  return defaultClassifier;
};

/** The most important issue in any raw vendor error, HTTP answer or browser error; `null` for success. */
export function classify(input: unknown, options?: ClassifyOptions): Issue | null {
  return builtIn().classify(input, options);
}
/** Every issue, most important first; empty for success. */
export function classifyAll(input: unknown, options?: ClassifyOptions): Issue[] {
  return builtIn().classifyAll(input, options);
}

/** An HTTP status a body carries about itself (`statusCode`, or a numeric `status`). */
function bodyStatus(body: Plain | undefined): number | undefined {
  const status = isObject(body) ? Number(body.statusCode ?? body.status) : Number.NaN;
  return Number.isInteger(status) && status >= 100 && status < 600 ? status : undefined;
}

/** A top-level `error` or `errors` with something in it: whoever reads this body, it failed. */
function carriesError(body: Plain): boolean {
  return (
    isObject(body) &&
    [body.error, body.errors].some((value) =>
      value && typeof value === 'object' ? Object.keys(value).length > 0 : !!value,
    )
  );
}

/**
 * A code under one of the names hosts and gateways use for it, at the top, in `error` or in a
 * GraphQL error's `extensions`, and whether it was at the top.
 */
function genericCode(body: Plain): [code: string | undefined, top: boolean] {
  if (!isObject(body)) return [undefined, false];
  const names = ['code', 'errorCode', 'error_code', 'errCode', 'Code', 'ErrorCode'];
  for (const where of [body, body.error, body.extensions]) {
    if (!isObject(where)) continue;
    for (const name of names) {
      const code = asCode(where[name]);
      if (code) return [code, where === body];
    }
  }
  return [undefined, false];
}

/**
 * What a generic envelope says of itself: `{ success: true }`, `{ ok: true }`, a status, result or
 * decision of success or acceptance (true), of rejection (`'rejected'`), or still under review
 * (`'pending'`).
 */
function genericVerdict(body: Plain): boolean | 'rejected' | 'pending' {
  if (!isObject(body)) return false;
  if (body.success === true || body.ok === true) return true;
  for (const name of ['status', 'result', 'decision']) {
    const word = asCode(body[name]) ?? '';
    if (/^(success|succeeded|ok|accepted|approved|verified|passed|completed)$/i.test(word)) return true;
    if (/^(rejected|declined|denied)$/i.test(word)) return 'rejected';
    if (/^(pending|processing|in_review|under_review|review)$/i.test(word)) return 'pending';
  }
  return false;
}
