let cachedYear = 0;
let cachedUntil = 0;
let callsSinceCheck = 0;

/** Calls answered from the cache between clock reads; reading the clock on every line is measurable. */
const CALLS_PER_CHECK = 1024;

/**
 * The current UTC year. The clock is read at most once per {@link CALLS_PER_CHECK} calls (and the year
 * recomputed only once it has ended), so a stream crossing New Year switches within a thousand lines.
 */
function currentUtcYear(): number {
  if (cachedYear !== 0 && ++callsSinceCheck < CALLS_PER_CHECK) return cachedYear;
  callsSinceCheck = 0;
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
