import { normalizeSeverity, type Severity } from '@triagekit/core';

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
  log: 'info',
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

/** Spellings up to this length are looked up by a numeric key built from their letters. */
const PACKED_LENGTH = 10;

/** Letters packed five bits each, case folded: exact in a double up to {@link PACKED_LENGTH} letters. */
function packWord(word: string): number {
  let key = 0;
  for (let index = 0; index < word.length; index++) key = key * 32 + ((word.charCodeAt(index) | 32) - 96);
  return key;
}

const PACKED_LEVELS = new Map<number, Severity>();
const LONG_LEVELS = new Map<string, Severity>();
for (const [spelling, known] of Object.entries(SPELLINGS)) {
  if (spelling.length <= PACKED_LENGTH) PACKED_LEVELS.set(packWord(spelling), normalizeSeverity(known));
  else LONG_LEVELS.set(spelling, normalizeSeverity(known));
}

/** Longest spelling in {@link SPELLINGS}; longer tokens are rejected at once. */
const LONGEST = 13;

/**
 * Level named by `text[start, end)`; with `capitalsOnly`, only when written in capitals. Letters are
 * folded and packed into a number as they are read, so rejecting a non-level word allocates nothing.
 */
function levelOf(text: string, start: number, end: number, capitalsOnly: boolean): Severity | null {
  const length = end - start;
  if (length < 3 || length > LONGEST) return null;
  let key = 0;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code >= 97 && code <= 122) {
      if (capitalsOnly) return null;
    } else if (code < 65 || code > 90) {
      return null;
    }
    key = key * 32 + ((code | 32) - 96);
  }
  if (length <= PACKED_LENGTH) return PACKED_LEVELS.get(key) ?? null;
  return LONG_LEVELS.get(text.slice(start, end).toLowerCase()) ?? null;
}

/**
 * Level named by `text[start, end)`, compared without regard to case (`WARN`, `Warning`, `warn`);
 * `null` when the range is not a level word. Never throws.
 */
export function levelFromRange(text: string, start: number, end: number): Severity | null {
  return levelOf(text, start, end, false);
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
  return levelOf(text, start, end, true);
}

const LETTER_LEVELS = new Map<string, Severity>();
for (const [letter, word] of Object.entries({
  V: 'verbose',
  D: 'debug',
  I: 'info',
  N: 'notice',
  W: 'warn',
})) {
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
