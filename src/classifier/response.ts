import { builtIn } from './classify';
import type { ClassifyResponseOptions, Issue } from './types';

const BODY_LIMIT = 1 << 20;

/**
 * Every issue in a `fetch` `Response` (status, headers, body), most important first; empty for
 * success. Never rejects, and never hangs: a body over 1 MB, or not complete within
 * `bodyTimeoutMs`, is left unread (its stream cancelled) and the status and headers decide.
 */
export async function classifyResponseAll(
  response: Response,
  options: ClassifyResponseOptions = {},
): Promise<Issue[]> {
  let status: number | undefined;
  let headers: unknown;
  let text = '';
  try {
    status = response.status;
    headers = response.headers;
    text = await readBody(response, options.bodyTimeoutMs ?? 5000);
  } catch {
    // a body already read, or a stream that failed: classify by status and headers alone
  }
  return (options.classifier ?? builtIn()).classifyAll(text, {
    ...options,
    httpStatus: options.httpStatus ?? status,
    headers: options.headers ?? headers,
  });
}

/** The most important issue in a `fetch` `Response`, or `null` for success. See `classifyResponseAll`. */
export async function classifyResponse(
  response: Response,
  options?: ClassifyResponseOptions,
): Promise<Issue | null> {
  return (await classifyResponseAll(response, options))[0] ?? null;
}

/** The body's text, or '' when it is over `BODY_LIMIT` or not complete within `timeoutMs`. */
async function readBody(response: Response, timeoutMs: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader || Number(response.headers.get('content-length')) > BODY_LIMIT) return '';
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  const stop = () => reader.cancel().catch(() => {});
  const timer = setTimeout(() => {
    size = Number.POSITIVE_INFINITY;
    stop();
  }, timeoutMs);
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.byteLength;
      if (size > BODY_LIMIT) break;
      text += decoder.decode(chunk.value, { stream: true });
    }
  } finally {
    clearTimeout(timer);
  }
  if (size <= BODY_LIMIT) return text + decoder.decode();
  stop();
  return '';
}
