/** Days before each month in a common year. */
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/** Leap days in the Gregorian years 1..year-1 (inclusive of neither bound's oddities: proleptic). */
function leapDaysBefore(year: number): number {
  const previous = year - 1;
  return Math.floor(previous / 4) - Math.floor(previous / 100) + Math.floor(previous / 400);
}

const LEAP_DAYS_BEFORE_1970 = leapDaysBefore(1970);

/**
 * Whole days from 1970-01-01 to `year`-`month`-`day` (proleptic Gregorian, UTC), negative before 1970.
 * Arithmetic instead of `Date.UTC` because timestamps are parsed on every line. Days past the end of a
 * month roll over into the next one, as with `Date.UTC`.
 */
export function daysSinceEpoch(year: number, month: number, day: number): number {
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const leapDay = isLeap && month > 2 ? 1 : 0;
  return (
    (year - 1970) * 365 +
    leapDaysBefore(year) -
    LEAP_DAYS_BEFORE_1970 +
    (DAYS_BEFORE_MONTH[month - 1] ?? 0) +
    leapDay +
    day -
    1
  );
}
