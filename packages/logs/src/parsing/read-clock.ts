import { countDigits, digitsValue } from './character-classes.js';
import { daysSinceEpoch } from './days-since-epoch.js';

/**
 * Clock parts filled by {@link readClock} (and the digit count of the last {@link readNumber}). One
 * module-level object, because timestamps are read on every line and this allocates nothing per line.
 */
export const clock = {
  hour: 0,
  minute: 0,
  second: 0,
  millisecond: 0,
  /** Offset of the zone written after the clock, in minutes east of UTC. */
  offsetMinutes: 0,
  /** Digits read by the last {@link readNumber} call. */
  digits: 0,
};

/** Reads the run of ASCII digits at `start` in one pass: returns its value and sets {@link clock.digits}. */
export function readNumber(text: string, start: number): number {
  let index = start;
  let value = 0;
  for (;;) {
    const code = text.charCodeAt(index);
    if (!(code >= 48 && code <= 57)) break;
    value = value * 10 + code - 48;
    index++;
  }
  clock.digits = index - start;
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
export function readClock(text: string, start: number, allowZone: boolean): number {
  const hour = readNumber(text, start);
  if (clock.digits < 1 || clock.digits > 2) return -1;
  let index = start + clock.digits;
  const separator = text.charCodeAt(index);
  if (separator !== 58 && separator !== 46) return -1; // ':' or '.'
  const minute = readNumber(text, index + 1);
  if (clock.digits < 1 || clock.digits > 2) return -1;
  index += 1 + clock.digits;
  if (text.charCodeAt(index) !== separator) return -1;
  const second = readNumber(text, index + 1);
  if (clock.digits < 1 || clock.digits > 2) return -1;
  index += 1 + clock.digits;
  if (hour > 24 || minute > 59 || second > 60) return -1;
  clock.hour = hour;
  clock.minute = minute;
  clock.second = second;
  clock.millisecond = 0;
  clock.offsetMinutes = 0;
  const fractionMark = text.charCodeAt(index);
  if (fractionMark === 46 || fractionMark === 44 || fractionMark === 58) {
    const fraction = readNumber(text, index + 1);
    if (clock.digits > 0) {
      clock.millisecond = fractionToMilliseconds(fraction, clock.digits);
      index += 1 + clock.digits;
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
  if (clock.digits === 4) {
    hours = Math.floor(first / 100);
    minutes = first % 100;
    end = index + 5;
  } else if (clock.digits === 2) {
    hours = first;
    end = index + 3;
    if (text.charCodeAt(end) === 58) {
      minutes = readNumber(text, end + 1);
      if (clock.digits !== 2) return index;
      end += 3;
    }
  } else {
    return index;
  }
  if (hours > 14 || minutes > 59) return index;
  clock.offsetMinutes = (zone === 45 ? -1 : 1) * (hours * 60 + minutes);
  return end;
}

/** Reads a numeric zone such as ` -0700` or ` +01:00` after a space; returns its end or -1. */
export function readSpacedZone(text: string, start: number): number {
  if (text.charCodeAt(start) !== 32) return -1;
  const sign = text.charCodeAt(start + 1);
  if ((sign !== 43 && sign !== 45) || countDigits(text, start + 2) !== 4) return -1;
  const hours = digitsValue(text, start + 2, start + 4);
  const minutes = digitsValue(text, start + 4, start + 6);
  if (hours > 14 || minutes > 59) return -1;
  clock.offsetMinutes = (sign === 45 ? -1 : 1) * (hours * 60 + minutes);
  return start + 6;
}

/** Epoch milliseconds of a date at the clock read last; `NaN` when the date is out of range. */
export function clockEpoch(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1 || day > 31) return Number.NaN;
  const seconds =
    ((daysSinceEpoch(year, month, day) * 24 + clock.hour) * 60 + clock.minute) * 60 + clock.second;
  return seconds * 1000 + clock.millisecond - clock.offsetMinutes * 60_000;
}

/** Midnight, no offset: for dates written without a clock. */
export function resetClock(): void {
  clock.hour = 0;
  clock.minute = 0;
  clock.second = 0;
  clock.millisecond = 0;
  clock.offsetMinutes = 0;
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
    milliseconds: ((clock.hour * 60 + clock.minute) * 60 + clock.second) * 1000 + clock.millisecond,
    end,
  };
}
