import { normalizeSeverity, type Severity } from '@triagekit/core';
import { isLowerCase, isUpperCase } from './character-classes.js';

/**
 * Level spellings seen in log headers, mapped to a word `normalizeSeverity` understands. Spellings it
 * already knows map to themselves; the rest (`fine`, `dbg`, `failure`...) are translated here so the
 * scale stays the one `@triagekit/core` defines.
 */
const SPELLINGS: Readonly<Record<string, string>> = {
  trace: 'trace',
  finest: 'debug',
  finer: 'debug',
  fine: 'debug',
  debug: 'debug',
  dbg: 'debug',
  verbose: 'verbose',
  info: 'info',
  inf: 'info',
  information: 'information',
  informational: 'informational',
  notice: 'notice',
  warn: 'warn',
  wrn: 'warn',
  warning: 'warning',
  error: 'error',
  err: 'err',
  eror: 'error',
  failure: 'error',
  severe: 'severe',
  dpanic: 'error',
  crit: 'crit',
  critical: 'critical',
  fatal: 'fatal',
  alert: 'alert',
  emerg: 'emerg',
  emergency: 'emergency',
  panic: 'panic',
};

const LEVELS = new Map<string, Severity>();
for (const [spelling, known] of Object.entries(SPELLINGS)) LEVELS.set(spelling, normalizeSeverity(known));

/** Longest spelling in {@link SPELLINGS}; longer tokens are rejected without allocating. */
const LONGEST = 13;

/**
 * Level named by `text[start, end)`, compared without regard to case (`WARN`, `Warning`, `warn`);
 * `null` when the range is not a level word. Never throws.
 */
export function levelFromRange(text: string, start: number, end: number): Severity | null {
  const length = end - start;
  if (length < 3 || length > LONGEST) return null;
  const first = text.charCodeAt(start) | 32;
  // Every spelling starts with one of these letters: a cheap reject before slicing the string.
  if (
    first !== 105 && // i
    first !== 119 && // w
    first !== 101 && // e
    first !== 100 && // d
    first !== 116 && // t
    first !== 102 && // f
    first !== 110 && // n
    first !== 99 && // c
    first !== 115 && // s
    first !== 118 && // v
    first !== 97 && // a
    first !== 112 // p
  ) {
    return null;
  }
  return LEVELS.get(text.slice(start, end).toLowerCase()) ?? null;
}

/** Level named by a whole string such as a JSON `level` value; `null` when it is not a level word. */
export function levelFromWord(word: string): Severity | null {
  const trimmed = word.trim();
  return levelFromRange(trimmed, 0, trimmed.length);
}

/**
 * Like {@link levelFromRange} but only for words written in capitals (`INFO`, `WARN`). Header scanners use
 * it where a lower-case `error` or `trace` is more likely the first word of a message than a level.
 */
export function upperCaseLevelFromRange(text: string, start: number, end: number): Severity | null {
  for (let index = start; index < end; index++) {
    if (!isUpperCase(text.charCodeAt(index))) return null;
  }
  return levelFromRange(text, start, end);
}

/** Whether `text[start, end)` is all lower-case letters. */
export function isLowerCaseRange(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (!isLowerCase(text.charCodeAt(index))) return false;
  }
  return end > start;
}

const LETTER_LEVELS = new Map<string, Severity>();
for (const [letter, word] of Object.entries({ V: 'verbose', D: 'debug', I: 'info', N: 'notice', W: 'warn' })) {
  LETTER_LEVELS.set(letter, normalizeSeverity(word));
}
for (const letter of ['E']) LETTER_LEVELS.set(letter, normalizeSeverity('error'));
for (const letter of ['F', 'A', 'C']) LETTER_LEVELS.set(letter, normalizeSeverity('fatal'));

/**
 * Level of a one-letter code as klog (`I`, `W`, `E`, `F`) and Android logcat (`V`, `D`, `I`, `W`, `E`,
 * `F`, `A`) write it; `null` for any other character.
 */
export function levelFromLetter(letter: string): Severity | null {
  return LETTER_LEVELS.get(letter) ?? null;
}

const NUMERIC_LEVELS: readonly Severity[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'].map(
  normalizeSeverity,
);

/**
 * Level of a numeric pino/bunyan level (10 trace, 20 debug, 30 info, 40 warn, 50 error, 60 fatal);
 * values between the steps round up to the next one, anything else is `unknown`.
 */
export function levelFromNumber(value: number): Severity {
  if (!Number.isFinite(value) || value < 0 || value > 100) return 'unknown';
  return NUMERIC_LEVELS[Math.min(5, Math.max(0, Math.ceil(value / 10) - 1))] ?? 'unknown';
}

// Syslog severities 0..7 by name, so the mapping goes through the same normaliser as every other level.
const SYSLOG_SEVERITIES: readonly Severity[] = [
  'emerg',
  'alert',
  'crit',
  'err',
  'warning',
  'notice',
  'info',
  'debug',
].map(normalizeSeverity);

/** Level encoded in a syslog `<PRI>` value (its low three bits); `null` when out of range. */
export function levelFromSyslogPriority(priority: number): Severity | null {
  if (!Number.isInteger(priority) || priority < 0 || priority > 191) return null;
  return SYSLOG_SEVERITIES[priority % 8] ?? null;
}
