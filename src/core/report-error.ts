/**
 * An error thrown by the host's own code (a handler, an analytics callback): the kit carries on,
 * and the error reaches the console and the host's error monitoring (`reportError` fires the
 * window's `error` event) instead of vanishing.
 */
export function reportHostError(error: unknown): void {
  if (typeof reportError === 'function') reportError(error);
  else console.error(error);
}
