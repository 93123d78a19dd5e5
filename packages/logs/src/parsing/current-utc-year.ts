let cachedYear = 0;
let cachedUntil = 0;

/**
 * The current UTC year, re-read from the clock only once the cached year has ended, so the hot path
 * pays a `Date.now()` and no `Date` allocation.
 */
export function currentUtcYear(): number {
  const now = Date.now();
  if (now >= cachedUntil) {
    cachedYear = new Date(now).getUTCFullYear();
    cachedUntil = Date.UTC(cachedYear + 1, 0, 1);
  }
  return cachedYear;
}

/**
 * `referenceYear` when it is set (a positive number), else the current UTC year. Parsers receive 0 for
 * "not set" and resolve it only when a line actually lacks a year, so most lines never read the clock.
 */
export function resolveYear(referenceYear: number): number {
  return referenceYear > 0 ? referenceYear : currentUtcYear();
}
