/**
 * Turning whatever the integrator hands us into bounded, plain data.
 *
 * Vendor payloads and thrown values are hostile by default: getters that throw, proxies, cycles,
 * `__proto__` keys, megabyte strings, JSON nested thousands deep. Everything the vendor modules read
 * goes through `snapshot` first, so they work on null-prototype plain data of bounded size and can
 * never throw or loop.
 */

/** Plain data after `snapshot`: what vendor modules read. */
export type Plain = string | number | boolean | null | PlainObject | PlainArray;
export interface PlainObject {
  readonly [key: string]: Plain | undefined;
}
export type PlainArray = readonly Plain[];

const MAX_DEPTH = 8;
const MAX_KEYS = 64;
const MAX_ITEMS = 64;
/** Longer strings are cut: no vendor code or request id comes close. */
const MAX_STRING = 512;
/** Longest text we try to parse as JSON (a vendor body is a few KB; an HTML error page is not JSON). */
export const MAX_JSON_TEXT = 256 * 1024;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Reads a property without letting a throwing getter or proxy trap escape. */
export function read(value: unknown, key: string): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  try {
    return Reflect.get(value as object, key);
  } catch {
    return undefined;
  }
}

/** Parses text that looks like JSON; anything else (or anything broken) gives `undefined`. */
export function parseJsonText(text: string): unknown {
  if (text.length > MAX_JSON_TEXT) return undefined;
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // Malformed, or nested deeper than the engine's stack allows: neither is a vendor body.
    return undefined;
  }
}

/**
 * A bounded, null-prototype copy of `value`: cycles cut, throwing getters skipped, strings cut to
 * 512 characters, at most 8 levels, 64 keys or items per level. Functions and symbols are dropped;
 * BigInts become numbers when safe, strings otherwise.
 */
export function snapshot(value: unknown): Plain | undefined {
  return copy(value, 0, new WeakSet());
}

function copy(value: unknown, depth: number, seen: WeakSet<object>): Plain | undefined {
  switch (typeof value) {
    case 'string':
      return value.length > MAX_STRING ? value.slice(0, MAX_STRING) : value;
    case 'number':
      return Number.isFinite(value) ? value : undefined;
    case 'boolean':
      return value;
    case 'bigint':
      return Number.isSafeInteger(Number(value)) ? Number(value) : String(value).slice(0, MAX_STRING);
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null) return null;
  if (depth >= MAX_DEPTH || seen.has(value)) return undefined;
  seen.add(value);
  let isArray = false;
  try {
    isArray = Array.isArray(value);
  } catch {
    return undefined; // a revoked proxy
  }
  if (isArray) {
    const out: Plain[] = [];
    const length = Math.min(Number(read(value, 'length')) || 0, MAX_ITEMS);
    for (let i = 0; i < length; i++) {
      const item = copy(read(value, String(i)), depth + 1, seen);
      if (item !== undefined) out.push(item);
    }
    return out;
  }
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch {
    return undefined;
  }
  const out: Record<string, Plain> = Object.create(null);
  let count = 0;
  for (const key of keys) {
    if (count >= MAX_KEYS) break;
    if (FORBIDDEN_KEYS.has(key)) continue;
    const item = copy(read(value, key), depth + 1, seen);
    if (item === undefined) continue;
    out[key] = item;
    count++;
  }
  return out;
}

export function isObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string or a finite number as a trimmed string; anything else `undefined`. */
export function asCode(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length > 0 && trimmed.length <= 128 ? trimmed : undefined;
}

/** Request ids are shown to users as a reference: accept only short, inert tokens. */
export function asRequestId(value: unknown): string | undefined {
  const id = asCode(value);
  return id && /^[A-Za-z0-9][A-Za-z0-9._:-]{2,95}$/.test(id) ? id : undefined;
}

/** Case-insensitive own property lookup on plain data (vendors are inconsistent about case). */
export function field(obj: PlainObject, ...names: string[]): Plain | undefined {
  for (const name of names) {
    const direct = obj[name];
    if (direct !== undefined) return direct;
  }
  const lower = names.map((n) => n.toLowerCase());
  for (const key of Object.keys(obj)) {
    if (lower.includes(key.toLowerCase())) return obj[key];
  }
  return undefined;
}
