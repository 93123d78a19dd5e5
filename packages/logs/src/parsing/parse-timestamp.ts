import { monthAt } from './calendar-names.js';
import { countDigits, digitsValue, isDigit, isLetter } from './character-classes.js';
import { resolveYear } from './current-utc-year.js';
import { clock, clockEpoch, readClock, readNumber, readSpacedZone, resetClock } from './read-clock.js';
import { readNamedTimestamp } from './read-named-timestamp.js';
import { type TimestampMatch, timestampMatch } from './timestamp-match.js';

/** `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD`, each optionally followed by a clock (`T`, space, `-`, `_`). */
function readYearFirst(text: string, start: number): TimestampMatch | null {
  const year = readNumber(text, start);
  const separator = text.charCodeAt(start + 4);
  const month = readNumber(text, start + 5);
  if (clock.digits < 1 || clock.digits > 2) return null;
  const daySeparatorAt = start + 5 + clock.digits;
  if (text.charCodeAt(daySeparatorAt) !== separator) return null;
  const day = readNumber(text, daySeparatorAt + 1);
  if (clock.digits < 1 || clock.digits > 2) return null;
  const dateEnd = daySeparatorAt + 1 + clock.digits;
  const between = text.charCodeAt(dateEnd);
  if (between === 84 || between === 32 || between === 45 || between === 95 || between === 116) {
    const clockEnd = readClock(text, dateEnd + 1, true);
    if (clockEnd > 0) return timestampMatch(clockEpoch(year, month, day), clockEnd);
  }
  resetClock();
  if (isDigit(between) || isLetter(between)) return null;
  return timestampMatch(clockEpoch(year, month, day), dateEnd);
}

/** `YYYYMMDD` followed by `-`, `T`, `_` or a space and `HH:MM:SS[:mmm]` or `HHMMSS`. */
function readCompactDate(text: string, start: number): TimestampMatch | null {
  const year = digitsValue(text, start, start + 4);
  const month = digitsValue(text, start + 4, start + 6);
  const day = digitsValue(text, start + 6, start + 8);
  const between = text.charCodeAt(start + 8);
  if (between !== 45 && between !== 84 && between !== 95 && between !== 32) return null;
  let clockEnd = readClock(text, start + 9, true);
  if (clockEnd < 0 && countDigits(text, start + 9) === 6) {
    resetClock();
    clock.hour = digitsValue(text, start + 9, start + 11);
    clock.minute = digitsValue(text, start + 11, start + 13);
    clock.second = digitsValue(text, start + 13, start + 15);
    clockEnd = start + 15;
  }
  if (clockEnd < 0) return null;
  return timestampMatch(clockEpoch(year, month, day), clockEnd);
}

/** Two-digit years are taken as 2000-2069 or 1970-1999. */
function fullYear(twoDigits: number): number {
  return twoDigits < 70 ? 2000 + twoDigits : 1900 + twoDigits;
}

/** `YYMMDD HHMMSS` as Hadoop's HDFS daemons write it. */
function readSixAndSix(text: string, start: number): TimestampMatch | null {
  if (countDigits(text, start + 7) !== 6) return null;
  const month = digitsValue(text, start + 2, start + 4);
  const day = digitsValue(text, start + 4, start + 6);
  resetClock();
  clock.hour = digitsValue(text, start + 7, start + 9);
  clock.minute = digitsValue(text, start + 9, start + 11);
  clock.second = digitsValue(text, start + 11, start + 13);
  if (clock.hour > 23 || clock.minute > 59 || clock.second > 60) return null;
  return timestampMatch(clockEpoch(fullYear(digitsValue(text, start, start + 2)), month, day), start + 13);
}

/**
 * Dates that start with two digits and a slash: `yy/MM/dd`, `MM/dd/yyyy` (or `dd/MM/yyyy` when the
 * first number cannot be a month) and the access-log `dd/Mon/yyyy:HH:MM:SS -0700`.
 */
function readSlashDate(text: string, start: number): TimestampMatch | null {
  const month = isDigit(text.charCodeAt(start + 3)) ? 0 : monthAt(text, start + 3);
  if (month > 0) {
    if (text.charCodeAt(start + 6) !== 47 || countDigits(text, start + 7) !== 4) return null;
    const day = digitsValue(text, start, start + 2);
    const year = digitsValue(text, start + 7, start + 11);
    if (text.charCodeAt(start + 11) !== 58)
      return timestampMatch(clockEpochAtMidnight(year, month, day), start + 11);
    let end = readClock(text, start + 12, false);
    if (end < 0) return null;
    end = Math.max(end, readSpacedZone(text, end));
    return timestampMatch(clockEpoch(year, month, day), end);
  }
  if (countDigits(text, start + 3) !== 2 || text.charCodeAt(start + 5) !== 47) return null;
  const first = digitsValue(text, start, start + 2);
  const second = digitsValue(text, start + 3, start + 5);
  const lastDigits = countDigits(text, start + 6);
  let year: number;
  let monthNumber: number;
  let day: number;
  if (lastDigits === 2) {
    year = fullYear(first);
    monthNumber = second;
    day = digitsValue(text, start + 6, start + 8);
  } else if (lastDigits === 4) {
    year = digitsValue(text, start + 6, start + 10);
    monthNumber = first > 12 ? second : first;
    day = first > 12 ? first : second;
  } else {
    return null;
  }
  const dateEnd = start + 6 + lastDigits;
  const between = text.charCodeAt(dateEnd);
  if (between === 32 || between === 58 || between === 45 || between === 84) {
    const clockEnd = readClock(text, dateEnd + 1, true);
    if (clockEnd > 0) return timestampMatch(clockEpoch(year, monthNumber, day), clockEnd);
  }
  return timestampMatch(clockEpochAtMidnight(year, monthNumber, day), dateEnd);
}

function clockEpochAtMidnight(year: number, month: number, day: number): number {
  resetClock();
  return clockEpoch(year, month, day);
}

/** `MM-DD HH:MM:SS.mmm` as Android logcat writes it; the year comes from `referenceYear`. */
function readMonthDashDay(text: string, start: number, referenceYear: number): TimestampMatch | null {
  if (countDigits(text, start + 3) !== 2 || text.charCodeAt(start + 5) !== 32) return null;
  const clockEnd = readClock(text, start + 6, false);
  if (clockEnd < 0) return null;
  const month = digitsValue(text, start, start + 2);
  const day = digitsValue(text, start + 3, start + 5);
  return timestampMatch(clockEpoch(resolveYear(referenceYear), month, day), clockEnd);
}

/** Epoch seconds (10 digits), milliseconds (13), microseconds (16) or nanoseconds (19). */
function readEpoch(text: string, start: number, digits: number): TimestampMatch | null {
  let end = start + digits;
  let fraction = 0;
  if (digits === 10 && text.charCodeAt(end) === 46) {
    const fractionDigits = countDigits(text, end + 1);
    if (fractionDigits > 0) {
      const kept = Math.min(fractionDigits, 3);
      fraction = digitsValue(text, end + 1, end + 1 + kept) * 10 ** (3 - kept);
      end += 1 + fractionDigits;
    }
  }
  const after = text.charCodeAt(end);
  if (isLetter(after) || isDigit(after) || after === 95) return null;
  const value = Number(text.slice(start, start + digits));
  if (digits === 10) return timestampMatch(value * 1000 + fraction, end);
  if (digits === 13) return timestampMatch(value, end);
  if (digits === 16) return timestampMatch(Math.floor(value / 1000), end);
  return timestampMatch(Math.floor(value / 1_000_000), end);
}

/**
 * Reads a timestamp starting exactly at `start`: ISO 8601 (`T` or space, `.`/`,` fractions, zones),
 * `YYYY/MM/DD`, `YYYY.MM.DD`, `YYYYMMDD-HH:MM:SS:mmm`, `YYMMDD HHMMSS`, `yy/MM/dd`, `MM/dd/yyyy`, the
 * access-log `dd/Mon/yyyy:HH:MM:SS zone`, logcat `MM-DD HH:MM:SS`, epoch seconds/ms/µs/ns, syslog
 * `Mmm dd HH:MM:SS`, `ctime`, RFC 2822, and a bare time of day (which yields `time: null`).
 *
 * Times without a zone are taken as UTC; shapes without a year use `referenceYear` (0: the current UTC
 * year). Returns `null` when
 * no timestamp starts at `start` or its fields are out of range. Never throws.
 */
export function readTimestamp(text: string, start: number, referenceYear: number): TimestampMatch | null {
  const first = text.charCodeAt(start);
  if (isDigit(first)) {
    const digits = countDigits(text, start);
    const next = text.charCodeAt(start + digits);
    if (digits === 4 && (next === 45 || next === 47 || next === 46)) return readYearFirst(text, start);
    if (digits === 2) {
      if (next === 47) return readSlashDate(text, start);
      if (next === 45) return readMonthDashDay(text, start, referenceYear);
      if (next === 58) return readTimeOfDay(text, start);
      return null;
    }
    if (digits === 1 && next === 58) return readTimeOfDay(text, start);
    if (digits === 8) return readCompactDate(text, start);
    if (digits === 6 && next === 32) return readSixAndSix(text, start);
    if (digits === 10 || digits === 13 || digits === 16 || digits === 19)
      return readEpoch(text, start, digits);
    return null;
  }
  return isLetter(first) ? readNamedTimestamp(text, start, referenceYear) : null;
}

/** A bare `HH:MM:SS[.fff]`: recognised so it can be stripped, but it names no day, so `time` is null. */
function readTimeOfDay(text: string, start: number): TimestampMatch | null {
  const end = readClock(text, start, false);
  return end < 0 ? null : { time: null, end };
}
