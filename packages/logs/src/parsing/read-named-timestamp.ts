import { isWeekdayAt, monthAt } from './calendar-names.js';
import { countDigits, digitsValue, isLetter } from './character-classes.js';
import { resolveYear } from './current-utc-year.js';
import { clockEpoch, readClock, readSpacedZone } from './read-clock.js';
import { type TimestampMatch, timestampMatch } from './timestamp-match.js';

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
  return timestampMatch(clockEpoch(year > 0 ? year : resolveYear(referenceYear), month, day), clockEnd);
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
  return timestampMatch(clockEpoch(digitsValue(text, index, index + 4), month, day), index + 4);
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
  return timestampMatch(clockEpoch(digitsValue(text, yearAt, yearAt + 4), month, day), end);
}

/**
 * Reads a timestamp that opens with an English month or weekday name at `start`: syslog's
 * `Mmm dd HH:MM:SS` (year from `referenceYear`, 0 for the current UTC year), `ctime`'s
 * `Ddd Mmm dd HH:MM:SS YYYY` and RFC 2822's `Ddd, dd Mmm YYYY HH:MM:SS zone`. Returns `null` otherwise.
 */
export function readNamedTimestamp(
  text: string,
  start: number,
  referenceYear: number,
): TimestampMatch | null {
  const month = monthAt(text, start);
  if (month > 0 && text.charCodeAt(start + 3) === 32)
    return readMonthFirst(text, start, month, referenceYear);
  if (isWeekdayAt(text, start)) return readWeekdayFirst(text, start);
  return null;
}
