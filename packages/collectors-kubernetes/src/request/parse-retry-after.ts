/**
 * The delay a `Retry-After` header asks for, in milliseconds: delay-seconds (`1`) or an HTTP date (relative
 * to `now`). `undefined` when absent or unreadable.
 */
export function parseRetryAfter(header: string | undefined, now = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
