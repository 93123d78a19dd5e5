import type { Severity } from '@triagekit/core';
import { countDigits, isBlank, skipBlanks, tokenEnd } from './character-classes.js';
import { levelFromRange } from './detect-level.js';
import { readTimestamp } from './parse-timestamp.js';

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

/**
 * Reads `[timestamp]`, `[timestamp LEVEL module]` (Rust env_logger) or a dmesg uptime `[  123.456]`
 * at `start` (the `[`). Returns `null` when the brackets do not open with one of these.
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
    const whole = countDigits(line, inner);
    if (whole === 0 || line.charCodeAt(inner + whole) !== 46) return null;
    const fraction = countDigits(line, inner + whole + 1);
    if (fraction === 0 || inner + whole + 1 + fraction !== close) return null;
    return { time: null, end: close + 1, level: null, service: null };
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
