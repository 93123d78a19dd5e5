import { isWeekdayAt, monthAt } from './calendar-names.js';
import { countDigits, digitsValue, isDigit, isLetter } from './character-classes.js';
import { resolveYear } from './current-utc-year.js';
import { daysSinceEpoch } from './days-since-epoch.js';

/** A timestamp found at some position of a line. */
export interface TimestampMatch {
  /** Milliseconds since the Unix epoch (UTC); `null` for a time of day without a date or an uptime. */
  readonly time: number | null;
  /** Index just past the timestamp. */
  readonly end: number;
}

// Clock parts filled by readClock; module-level so the hot path allocates nothing for them.
let clockHour = 0;
let clockMinute = 0;
let clockSecond = 0;
let clockMillisecond = 0;
let clockOffsetMinutes = 0;

/** How many digits the last {@link readNumber} call read. */
let digitCount = 0;

/** Reads the run of ASCII digits at `start` in one pass: returns its value and sets {@link digitCount}. */
function readNumber(text: string, start: number): number {
  let index = start;
  let value = 0;
  for (;;) {
    const code = text.charCodeAt(index);
    if (!(code >= 48 && code <= 57)) break;
    value = value * 10 + code - 48;
    index++;
  }
  digitCount = index - start;
  return value;
}

/** Milliseconds of a fraction given its value and digit count (`.5` → 500, `.123456` → 123). */
function fractionToMilliseconds(value: number, digits: number): number {
  return digits <= 3 ? value * 10 ** (3 - digits) : Math.floor(value / 10 ** (digits - 3));
}

/**
 * Reads `HH:MM:SS` (or `HH.MM.SS`; each part one or two digits, as in `22:16:0:119`) with an optional
 * fraction (`.123`, `,123`, `:123`) and, when `allowZone`, a zone suffix (`Z`, `+01:00`, `-0700`) glued
 * to it. Returns the end index or -1.
 */
function readClock(text: string, start: number, allowZone: boolean): number {
  const hour = readNumber(text, start);
  if (digitCount < 1 || digitCount > 2) return -1;
  let index = start + digitCount;
  const separator = text.charCodeAt(index);
  if (separator !== 58 && separator !== 46) return -1; // ':' or '.'
  const minute = readNumber(text, index + 1);
  if (digitCount < 1 || digitCount > 2) return -1;
  index += 1 + digitCount;
  if (text.charCodeAt(index) !== separator) return -1;
  const second = readNumber(text, index + 1);
  if (digitCount < 1 || digitCount > 2) return -1;
  index += 1 + digitCount;
  if (hour > 24 || minute > 59 || second > 60) return -1;
  clockHour = hour;
  clockMinute = minute;
  clockSecond = second;
  clockMillisecond = 0;
  clockOffsetMinutes = 0;
  const fractionMark = text.charCodeAt(index);
  if (fractionMark === 46 || fractionMark === 44 || fractionMark === 58) {
    const fraction = readNumber(text, index + 1);
    if (digitCount > 0) {
      clockMillisecond = fractionToMilliseconds(fraction, digitCount);
      index += 1 + digitCount;
    }
  }
  if (!allowZone) return index;
  const zone = text.charCodeAt(index);
  if (zone === 90 || zone === 122) return index + 1; // 'Z' / 'z'
  if (zone !== 43 && zone !== 45) return index;
  const first = readNumber(text, index + 1);
  let hours: number;
  let minutes = 0;
  let end: number;
  if (digitCount === 4) {
    hours = Math.floor(first / 100);
    minutes = first % 100;
    end = index + 5;
  } else if (digitCount === 2) {
    hours = first;
    end = index + 3;
    if (text.charCodeAt(end) === 58) {
      minutes = readNumber(text, end + 1);
      if (digitCount !== 2) return index;
      end += 3;
    }
  } else {
    return index;
  }
  if (hours > 14 || minutes > 59) return index;
  clockOffsetMinutes = (zone === 45 ? -1 : 1) * (hours * 60 + minutes);
  return end;
}

/** Reads a numeric zone such as ` -0700` or ` +01:00` after a space; returns its end or -1. */
function readSpacedZone(text: string, start: number): number {
  if (text.charCodeAt(start) !== 32) return -1;
  const sign = text.charCodeAt(start + 1);
  if ((sign !== 43 && sign !== 45) || countDigits(text, start + 2) !== 4) return -1;
  const hours = digitsValue(text, start + 2, start + 4);
  const minutes = digitsValue(text, start + 4, start + 6);
  if (hours > 14 || minutes > 59) return -1;
  clockOffsetMinutes = (sign === 45 ? -1 : 1) * (hours * 60 + minutes);
  return start + 6;
}

/** Epoch milliseconds of a date at the clock read last; `NaN` (rejected by `match`) when out of range. */
function toEpoch(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1 || day > 31) return Number.NaN;
  const seconds = ((daysSinceEpoch(year, month, day) * 24 + clockHour) * 60 + clockMinute) * 60 + clockSecond;
  return seconds * 1000 + clockMillisecond - clockOffsetMinutes * 60_000;
}

/** Midnight, no offset: for dates written without a clock. */
function resetClock(): void {
  clockHour = 0;
  clockMinute = 0;
  clockSecond = 0;
  clockMillisecond = 0;
  clockOffsetMinutes = 0;
}

/** The match, or `null` when the date or clock was out of range (`NaN`). */
function match(time: number | null, end: number): TimestampMatch | null {
  if (time !== null && !Number.isFinite(time)) return null;
  return { time, end };
}

/** `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD`, each optionally followed by a clock (`T`, space, `-`, `_`). */
function readYearFirst(text: string, start: number): TimestampMatch | null {
  const year = readNumber(text, start);
  const separator = text.charCodeAt(start + 4);
  const month = readNumber(text, start + 5);
  if (digitCount < 1 || digitCount > 2) return null;
  const daySeparatorAt = start + 5 + digitCount;
  if (text.charCodeAt(daySeparatorAt) !== separator) return null;
  const day = readNumber(text, daySeparatorAt + 1);
  if (digitCount < 1 || digitCount > 2) return null;
  const dateEnd = daySeparatorAt + 1 + digitCount;
  const between = text.charCodeAt(dateEnd);
  if (between === 84 || between === 32 || between === 45 || between === 95 || between === 116) {
    const clockEnd = readClock(text, dateEnd + 1, true);
    if (clockEnd > 0) return match(toEpoch(year, month, day), clockEnd);
  }
  resetClock();
  if (isDigit(between) || isLetter(between)) return null;
  return match(toEpoch(year, month, day), dateEnd);
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
    clockHour = digitsValue(text, start + 9, start + 11);
    clockMinute = digitsValue(text, start + 11, start + 13);
    clockSecond = digitsValue(text, start + 13, start + 15);
    clockEnd = start + 15;
  }
  if (clockEnd < 0) return null;
  return match(toEpoch(year, month, day), clockEnd);
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
  clockHour = digitsValue(text, start + 7, start + 9);
  clockMinute = digitsValue(text, start + 9, start + 11);
  clockSecond = digitsValue(text, start + 11, start + 13);
  if (clockHour > 23 || clockMinute > 59 || clockSecond > 60) return null;
  return match(toEpoch(fullYear(digitsValue(text, start, start + 2)), month, day), start + 13);
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
    if (text.charCodeAt(start + 11) !== 58) return match(toEpochAtMidnight(year, month, day), start + 11);
    let end = readClock(text, start + 12, false);
    if (end < 0) return null;
    end = Math.max(end, readSpacedZone(text, end));
    return match(toEpoch(year, month, day), end);
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
    if (clockEnd > 0) return match(toEpoch(year, monthNumber, day), clockEnd);
  }
  return match(toEpochAtMidnight(year, monthNumber, day), dateEnd);
}

function toEpochAtMidnight(year: number, month: number, day: number): number {
  resetClock();
  return toEpoch(year, month, day);
}

/** `MM-DD HH:MM:SS.mmm` as Android logcat writes it; the year comes from `referenceYear`. */
function readMonthDashDay(text: string, start: number, referenceYear: number): TimestampMatch | null {
  if (countDigits(text, start + 3) !== 2 || text.charCodeAt(start + 5) !== 32) return null;
  const clockEnd = readClock(text, start + 6, false);
  if (clockEnd < 0) return null;
  const month = digitsValue(text, start, start + 2);
  const day = digitsValue(text, start + 3, start + 5);
  return match(toEpoch(resolveYear(referenceYear), month, day), clockEnd);
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
  if (digits === 10) return match(value * 1000 + fraction, end);
  if (digits === 13) return match(value, end);
  if (digits === 16) return match(Math.floor(value / 1000), end);
  return match(Math.floor(value / 1_000_000), end);
}

/** `Mmm dd HH:MM:SS` (day may be space-padded), optionally `Mmm dd YYYY HH:MM:SS`. */
function readMonthFirst(
  text: string,
  start: number,
  month: number,
  referenceYear: number,
): TimestampMatch | null {
  let index = start + 4;
  if (text.charCodeAt(index) === 32) index++;
  const dayDigits = countDigits(text, index);
  if (dayDigits < 1 || dayDigits > 2 || text.charCodeAt(index + dayDigits) !== 32) return null;
  const day = digitsValue(text, index, index + dayDigits);
  index += dayDigits + 1;
  let year = 0;
  if (countDigits(text, index) === 4 && text.charCodeAt(index + 4) === 32) {
    year = digitsValue(text, index, index + 4);
    index += 5;
  }
  const clockEnd = readClock(text, index, false);
  if (clockEnd < 0) return null;
  return match(toEpoch(year > 0 ? year : resolveYear(referenceYear), month, day), clockEnd);
}

/** `Ddd Mmm dd HH:MM:SS[.ffffff] [ZONE ]YYYY` as C's `ctime` and Apache's error log write it. */
function readWeekdayFirst(text: string, start: number): TimestampMatch | null {
  let index = start + 3;
  // A comma after the weekday introduces RFC 2822 (`Sun, 04 Dec 2005 ...`), read by readWeekdayDayMonth.
  if (text.charCodeAt(index) === 44) index++;
  if (text.charCodeAt(index) !== 32) return null;
  index++;
  const month = monthAt(text, index);
  if (month === 0) return readWeekdayDayMonth(text, index);
  index += 3;
  while (text.charCodeAt(index) === 32) index++;
  const dayDigits = countDigits(text, index);
  if (dayDigits < 1 || dayDigits > 2 || text.charCodeAt(index + dayDigits) !== 32) return null;
  const day = digitsValue(text, index, index + dayDigits);
  const clockEnd = readClock(text, index + dayDigits + 1, false);
  if (clockEnd < 0 || text.charCodeAt(clockEnd) !== 32) return null;
  index = clockEnd + 1;
  // Java's Date.toString puts a zone name between the clock and the year; it is read as UTC.
  if (isLetter(text.charCodeAt(index))) {
    let zoneEnd = index;
    while (isLetter(text.charCodeAt(zoneEnd))) zoneEnd++;
    if (zoneEnd - index > 5 || text.charCodeAt(zoneEnd) !== 32) return null;
    index = zoneEnd + 1;
  }
  if (countDigits(text, index) !== 4) return null;
  return match(toEpoch(digitsValue(text, index, index + 4), month, day), index + 4);
}

/** RFC 2822 style `Sun, 04 Dec 2005 04:47:44 +0000` (after the weekday and comma). */
function readWeekdayDayMonth(text: string, start: number): TimestampMatch | null {
  const dayDigits = countDigits(text, start);
  if (dayDigits < 1 || dayDigits > 2 || text.charCodeAt(start + dayDigits) !== 32) return null;
  const month = monthAt(text, start + dayDigits + 1);
  const yearAt = start + dayDigits + 5;
  if (month === 0 || text.charCodeAt(yearAt - 1) !== 32 || countDigits(text, yearAt) !== 4) return null;
  if (text.charCodeAt(yearAt + 4) !== 32) return null;
  let end = readClock(text, yearAt + 5, false);
  if (end < 0) return null;
  end = Math.max(end, readSpacedZone(text, end));
  const day = digitsValue(text, start, start + dayDigits);
  return match(toEpoch(digitsValue(text, yearAt, yearAt + 4), month, day), end);
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
  if (!isLetter(first)) return null;
  const month = monthAt(text, start);
  if (month > 0 && text.charCodeAt(start + 3) === 32)
    return readMonthFirst(text, start, month, referenceYear);
  if (isWeekdayAt(text, start)) return readWeekdayFirst(text, start);
  return null;
}

/** A bare `HH:MM:SS[.fff]`: recognised so it can be stripped, but it names no day, so `time` is null. */
function readTimeOfDay(text: string, start: number): TimestampMatch | null {
  const end = readClock(text, start, false);
  return end < 0 ? null : { time: null, end };
}

/**
 * Reads a clock `HH:MM:SS[.fff]` at `start` and returns milliseconds since midnight plus the index past
 * it, or `null`. For shapes such as klog that spell the date themselves.
 */
export function readClockMilliseconds(
  text: string,
  start: number,
): { milliseconds: number; end: number } | null {
  const end = readClock(text, start, false);
  if (end < 0) return null;
  return {
    milliseconds: ((clockHour * 60 + clockMinute) * 60 + clockSecond) * 1000 + clockMillisecond,
    end,
  };
}
