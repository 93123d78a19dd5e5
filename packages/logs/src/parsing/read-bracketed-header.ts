import type { Severity } from '@triagekit/core';
import { countDigits, isBlank, isDigit, skipBlanks, tokenEnd } from './character-classes.js';
import { levelFromRange } from './detect-level.js';
import { readTimestamp } from './parse-timestamp.js';
import { readClockMilliseconds } from './read-clock.js';

/** A timestamp in brackets at the start of a line, and what else the brackets held. */
export interface BracketedHeader {
  /** Milliseconds since the epoch, or `null` for an uptime (`[   12.345678]`, as dmesg writes). */
  readonly time: number | null;
  /** Index just past `]`. */
  readonly end: number;
  /** Level written inside the brackets after the time (`[2024-05-01T10:00:00Z INFO my_crate]`). */
  readonly level: Severity | null;
  /** Module written inside the brackets after the level. */
  readonly service: string | null;
}

/** `seconds.fraction` filling the brackets, as dmesg writes its uptime. */
function isUptime(line: string, start: number, close: number): boolean {
  const whole = countDigits(line, start);
  if (whole === 0 || line.charCodeAt(start + whole) !== 46) return false;
  const fraction = countDigits(line, start + whole + 1);
  return fraction > 0 && start + whole + 1 + fraction === close;
}

/**
 * A date in a shape too ambiguous to read (`10.30`: month.day or day.month?) followed by a clock: still
 * a header to strip, but it yields no time.
 */
function isDateAndClock(line: string, start: number, close: number): boolean {
  const dateEnd = tokenEnd(line, start);
  if (dateEnd >= close || !isDigit(line.charCodeAt(start))) return false;
  const clock = readClockMilliseconds(line, dateEnd + 1);
  return clock !== null && skipBlanks(line, clock.end) === close;
}

/**
 * Reads `[timestamp]`, `[timestamp LEVEL module]` (Rust env_logger), a dmesg uptime `[  123.456]` or an
 * ambiguous `[10.30 16:49:06]` at `start` (the `[`). Returns `null` when the brackets do not open with one of these.
 */
export function readBracketedHeader(
  line: string,
  start: number,
  referenceYear: number,
): BracketedHeader | null {
  const inner = skipBlanks(line, start + 1);
  const close = line.indexOf(']', inner);
  if (close < 0 || close - start > 96) return null;
  const timestamp = readTimestamp(line, inner, referenceYear);
  if (timestamp === null) {
    return isUptime(line, inner, close) || isDateAndClock(line, inner, close)
      ? { time: null, end: close + 1, level: null, service: null }
      : null;
  }
  if (timestamp.end > close) return null;
  let index = skipBlanks(line, timestamp.end);
  if (index === close) return { time: timestamp.time, end: close + 1, level: null, service: null };
  if (!isBlank(line.charCodeAt(timestamp.end))) return null;
  const levelEnd = Math.min(tokenEnd(line, index), close);
  const level = levelFromRange(line, index, levelEnd);
  if (level === null) return null;
  index = skipBlanks(line, levelEnd);
  const service = index < close ? line.slice(index, close).trim() : null;
  return { time: timestamp.time, end: close + 1, level, service: service === '' ? null : service };
}
