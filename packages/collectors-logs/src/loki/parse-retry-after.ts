/**
 * The delay a `Retry-After` header asks for, in milliseconds: either delay-seconds (`120`) or an HTTP date
 * (`Wed, 04 Mar 2026 10:01:00 GMT`, relative to `now`). `undefined` when absent or unreadable.
 */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
