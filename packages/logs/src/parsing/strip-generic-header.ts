import type { Severity } from '@triagekit/core';
import { isBlank, isDigit, skipBlanks } from './character-classes.js';
import { createParsedLine } from './create-parsed-line.js';
import { levelFromLetter, levelFromRange, upperCaseLevelFromRange } from './detect-level.js';
import {
  isCapitalsWord,
  isClassName,
  isDigitsRange,
  isJavaClassName,
  isLoggerName,
  isLowerCaseDottedName,
  isMachineToken,
  isQualifiedLocation,
  isSeparator,
  isSourceLocation,
} from './header-token-shapes.js';
import type { LogFormat } from './log-format.js';
import { readTimestamp } from './parse-timestamp.js';
import type { ParsedLine } from './parsed-line.js';

/** Header tokens scanned before giving up on finding a level: BGL-like headers use nine. */
const MAX_HEADER_TOKENS = 14;

/** Header characters scanned before giving up; keeps 1 MB lines as cheap as short ones. */
const MAX_HEADER_CHARACTERS = 320;

/** Longest bracketed header token (`[thread]`, `[host]`) accepted; Hadoop thread names run long. */
const MAX_BRACKET_LENGTH = 512;

/**
 * What the header scan has learned about the current line. One module-level instance, reset per line:
 * parsing is synchronous and never re-entered, and this keeps the hot path free of per-line objects.
 */
const scan = {
  line: '',
  /** Index of the line's first tab, or -1; lets token ends be found with native `indexOf`. */
  firstTab: -1,
  index: 0,
  time: null as number | null,
  hasTimestamp: false,
  level: null as Severity | null,
  levelIsFirstToken: false,
  evidence: false,
  service: null as string | null,
  logger: null as string | null,
  thread: null as string | null,
  pid: null as string | null,
  host: null as string | null,
  caller: null as string | null,
  dashBeforeLevel: false,
  python: false,
  spring: false,
};

function resetScan(line: string, position: number, time: number | null, hasTimestamp: boolean): void {
  scan.line = line;
  scan.firstTab = line.indexOf('\t');
  scan.index = position;
  scan.time = time;
  scan.hasTimestamp = hasTimestamp;
  scan.level = null;
  scan.levelIsFirstToken = false;
  scan.evidence = hasTimestamp;
  scan.service = null;
  scan.logger = null;
  scan.thread = null;
  scan.pid = null;
  scan.host = null;
  scan.caller = null;
  scan.dashBeforeLevel = false;
  scan.python = false;
  scan.spring = false;
}

/** End of the blank-delimited token at `start`, found natively rather than character by character. */
function blankAfter(start: number): number {
  const line = scan.line;
  const space = line.indexOf(' ', start);
  let end = space < 0 ? line.length : space;
  const firstTab = scan.firstTab;
  if (firstTab >= 0 && firstTab < end) {
    const tab = firstTab >= start ? firstTab : line.indexOf('\t', start);
    if (tab >= 0 && tab < end) end = tab;
  }
  return end;
}

/** End of a `[...]` token at `start`, or -1 when it is not closed soon enough. */
function bracketEnd(line: string, start: number): number {
  const close = line.indexOf(']', start + 1);
  return close < 0 || close - start > MAX_BRACKET_LENGTH ? -1 : close;
}

/**
 * Level word of the token `[start, end)`: capitals (`INFO`), any case when a colon or a tab ends it
 * (`info:`, zap's tab-separated `info`), or one letter (`I`) right after pid/tid numbers (logcat).
 */
function tokenLevel(start: number, end: number, previousNumber: boolean): Severity | null {
  const line = scan.line;
  const hasColon = end - 1 > start && line.charCodeAt(end - 1) === 58;
  const coreEnd = hasColon ? end - 1 : end;
  if (coreEnd - start === 1) return previousNumber ? levelFromLetter(line[start] ?? '') : null;
  if (hasColon || line.charCodeAt(end) === 9) return levelFromRange(line, start, coreEnd);
  return upperCaseLevelFromRange(line, start, coreEnd);
}

/** Reads a timestamp at `start` when none was found yet and it spans the whole token; returns its end or -1. */
function takeTimestamp(start: number, tokenEnd: number, referenceYear: number): number {
  if (scan.time !== null) return -1;
  const timestamp = readTimestamp(scan.line, start, referenceYear);
  if (timestamp === null || timestamp.end < tokenEnd) return -1;
  scan.time = timestamp.time;
  return timestamp.end;
}

/**
 * Scans header tokens up to the level word. Tokens that may precede a level: timestamps and numbers
 * (an epoch is read as the time when none was found yet), `[thread]`-style brackets, separators, words in
 * capitals (`RAS KERNEL`, the last of which is the service), logger names, host-like tokens and, after a
 * timestamp, one plain word (a host name). Returns whether a level was found.
 */
function scanToLevel(referenceYear: number): boolean {
  const line = scan.line;
  const limit = Math.min(line.length, scan.index + MAX_HEADER_CHARACTERS);
  let plainWords = 0;
  let previousNumber = false;
  let previousDash = false;
  for (let tokens = 0; tokens < MAX_HEADER_TOKENS; tokens++) {
    const index = skipBlanks(line, scan.index);
    if (index >= limit) return false;
    const code = line.charCodeAt(index);
    if (code === 91) {
      const close = bracketEnd(line, index);
      if (close < 0) return false;
      const innerStart = skipBlanks(line, index + 1);
      let innerEnd = close;
      while (innerEnd > innerStart && isBlank(line.charCodeAt(innerEnd - 1))) innerEnd--;
      scan.index = close + 1;
      const level = levelFromRange(line, innerStart, innerEnd);
      if (level !== null) {
        scan.level = level;
        scan.levelIsFirstToken = tokens === 0;
        scan.dashBeforeLevel = previousDash;
        return true;
      }
      scan.evidence = true;
      previousDash = false;
      previousNumber = false;
      if (scan.time === null) {
        const timestamp = readTimestamp(line, innerStart, referenceYear);
        if (timestamp !== null && timestamp.end === innerEnd) {
          scan.time = timestamp.time;
          continue;
        }
      }
      if (scan.thread === null) scan.thread = line.slice(innerStart, innerEnd);
      continue;
    }
    const end = blankAfter(index);
    const level = tokenLevel(index, end, previousNumber);
    if (level !== null) {
      scan.level = level;
      scan.levelIsFirstToken = tokens === 0;
      scan.dashBeforeLevel = previousDash;
      scan.index = end;
      return true;
    }
    if (isSeparator(line, index, end)) {
      previousDash = code === 45 && end - index === 1;
      previousNumber = false;
      scan.index = end;
      continue;
    }
    previousDash = false;
    previousNumber = false;
    if (isDigit(code)) {
      scan.evidence = true;
      const timestampEnd = takeTimestamp(index, end, referenceYear);
      if (timestampEnd >= 0) {
        scan.index = timestampEnd;
        continue;
      }
      if (isDigitsRange(line, index, end)) {
        previousNumber = true;
        if (scan.pid === null && end - index <= 10) scan.pid = line.slice(index, end);
      }
      scan.index = end;
      continue;
    }
    // `word:` ends the header: it is a tag, a logger or the start of the message.
    if (end - 1 > index && line.charCodeAt(end - 1) === 58) return false;
    scan.index = end;
    if (isCapitalsWord(line, index, end) || isLoggerName(line, index, end)) {
      scan.service = line.slice(index, end);
      continue;
    }
    if (isMachineToken(line, index, end)) {
      if (scan.host === null) scan.host = line.slice(index, end);
      continue;
    }
    if (!scan.hasTimestamp || ++plainWords > 1) return false;
    if (scan.host === null) scan.host = line.slice(index, end);
  }
  return false;
}

/**
 * After the level: skips `[thread]` brackets, separators (`-`, `---`, `:`, `|`), a late timestamp and a
 * pid that precedes `---` or a bracket, then takes the logger.
 */
function scanAfterLevel(referenceYear: number): void {
  const line = scan.line;
  for (let step = 0; step < 8; step++) {
    const index = skipBlanks(line, scan.index);
    const code = line.charCodeAt(index);
    if (code === 91) {
      const close = bracketEnd(line, index);
      if (close < 0) break;
      // Spring Boot 3 writes `[app] [thread]`; the thread is the last bracket.
      scan.thread = line.slice(index + 1, close).trim();
      scan.index = close + 1;
      continue;
    }
    // Only separators and numbers are skipped here; anything else opens the logger or the message.
    if (code !== 45 && code !== 124 && code !== 58 && code !== 62 && !isDigit(code)) break;
    const end = blankAfter(index);
    if (isSeparator(line, index, end)) {
      if (code === 45 && end - index === 3) scan.spring = true;
      if (code === 45 && end - index === 1 && scan.dashBeforeLevel) scan.python = true;
      scan.index = end;
      continue;
    }
    if (isDigit(code)) {
      const timestampEnd = takeTimestamp(index, end, referenceYear);
      if (timestampEnd >= 0) {
        scan.index = timestampEnd;
        continue;
      }
      // A number is a pid only before `---` or `[thread]`; otherwise it opens the message ("INFO 5 files").
      const next = skipBlanks(line, end);
      if (
        next > end &&
        isDigitsRange(line, index, end) &&
        (line.charCodeAt(next) === 91 || line.startsWith('---', next))
      ) {
        scan.pid = line.slice(index, end);
        scan.index = end;
        continue;
      }
    }
    break;
  }
  takeLogger();
}

function setLogger(start: number, end: number): void {
  scan.logger = scan.line.slice(start, end);
}

/**
 * Takes the logger or source location that opens the message: `logger:`, `logger :`, `logger -`,
 * loguru's `module:function:42 -`, or zap's `main.go:42`. A capitalised word with a colon (`Remoting:`)
 * counts only after a timestamp, where it is a class name rather than the first word of prose.
 */
function takeLogger(): void {
  const line = scan.line;
  const index = skipBlanks(line, scan.index);
  const end = blankAfter(index);
  if (end <= index) return;
  if (line.charCodeAt(end - 1) === 58) {
    const isLogger =
      isLoggerName(line, index, end - 1) ||
      (scan.hasTimestamp &&
        isClassName(line, index, end - 1) &&
        levelFromRange(line, index, end - 1) === null);
    if (isLogger) {
      setLogger(index, end - 1);
      scan.index = end;
      return;
    }
  }
  const next = skipBlanks(line, end);
  const nextCode = line.charCodeAt(next);
  const separated = next > end && (nextCode === 58 || nextCode === 45) && isBlank(line.charCodeAt(next + 1));
  const colon = line.indexOf(':', index);
  const hasInnerColon = colon >= 0 && colon < end - 1;
  if (!separated) {
    if (hasInnerColon && isBlank(line.charCodeAt(end)) && isSourceLocation(line, index, end)) {
      scan.caller = line.slice(index, end);
      scan.index = end;
    }
    return;
  }
  if (scan.spring || isLoggerName(line, index, end)) {
    setLogger(index, end);
    scan.index = next + 1;
    return;
  }
  if (nextCode === 45 && hasInnerColon && isQualifiedLocation(line, index, end)) {
    scan.caller = line.slice(index, end);
    setLogger(index, colon);
    scan.index = next + 1;
  }
}

/**
 * `|`-separated headers (`20171223-22:15:29:606|Step_LSC|30002312|message`): fields without blanks
 * followed by another `|` are header; the first word is the service, digits the pid, a level word the
 * level. A pid after a service ends the header (`component|pid|` is the usual order).
 */
function scanPipeFields(): void {
  const line = scan.line;
  let bar = scan.index;
  for (let field = 0; field < 6; field++) {
    const start = bar + 1;
    const next = line.indexOf('|', start);
    if (next < 0 || next - start > 64) break;
    const valueStart = skipBlanks(line, start);
    let valueEnd = next;
    while (valueEnd > valueStart && isBlank(line.charCodeAt(valueEnd - 1))) valueEnd--;
    if (valueEnd === valueStart || blankAfter(valueStart) < valueEnd) break;
    const level = scan.level === null ? levelFromRange(line, valueStart, valueEnd) : null;
    bar = next;
    if (level !== null) {
      scan.level = level;
    } else if (isDigitsRange(line, valueStart, valueEnd)) {
      scan.pid ??= line.slice(valueStart, valueEnd);
      if (scan.service !== null) break;
    } else {
      scan.service ??= line.slice(valueStart, valueEnd);
    }
  }
  scan.index = bar + 1;
  takeLogger();
}

/** Takes `program[pid]:` at `[start, end)` as service and pid; returns whether it matched. */
function takeProgram(start: number, end: number): boolean {
  const line = scan.line;
  if (end - start < 4 || line.charCodeAt(end - 1) !== 58 || line.charCodeAt(end - 2) !== 93) return false;
  const open = line.lastIndexOf('[', end - 2);
  if (open <= start || !isDigitsRange(line, open + 1, end - 2)) return false;
  scan.service = line.slice(start, open);
  scan.pid = line.slice(open + 1, end - 2);
  scan.index = end;
  return true;
}

/**
 * Without a level: strips `[thread]`/`[host]` brackets, then a syslog-like `program[pid]:`, optionally
 * after a host (`host app[42]: ...`), or a logger name with a colon.
 */
function stripWithoutLevel(position: number): void {
  const line = scan.line;
  scan.index = position;
  for (let step = 0; step < 3; step++) {
    const index = skipBlanks(line, scan.index);
    if (line.charCodeAt(index) !== 91) break;
    const close = bracketEnd(line, index);
    if (close < 0) break;
    scan.thread ??= line.slice(index + 1, close).trim();
    scan.index = close + 1;
  }
  const index = skipBlanks(line, scan.index);
  const end = blankAfter(index);
  const hasColon = end - 1 > index && line.charCodeAt(end - 1) === 58;
  if (takeProgram(index, end)) return;
  if (!hasColon && line.charCodeAt(end - 1) !== 93) {
    const next = skipBlanks(line, end);
    if (takeProgram(next, blankAfter(next))) {
      scan.host = line.slice(index, end);
      return;
    }
  }
  if (hasColon && isLoggerName(line, index, end - 1)) {
    setLogger(index, end - 1);
    scan.index = end;
  }
}

function formatOf(): LogFormat {
  if (scan.spring) return 'java';
  if (scan.python) return 'python';
  const logger = scan.logger;
  if (logger === null || !(scan.hasTimestamp || scan.time !== null)) return 'generic';
  if (isJavaClassName(logger)) return 'java';
  return isLowerCaseDottedName(logger) ? 'python' : 'generic';
}

function headerFields(): Record<string, string> | null {
  if (scan.thread === null && scan.pid === null && scan.host === null && scan.caller === null) return null;
  const fields: Record<string, string> = {};
  if (scan.host !== null) fields.host = scan.host;
  if (scan.pid !== null) fields.pid = scan.pid;
  if (scan.thread !== null) fields.thread = scan.thread;
  if (scan.caller !== null) fields.caller = scan.caller;
  return fields;
}

/** A level and service already read by the caller, e.g. from `[2024-05-01T10:00:00Z INFO my_crate]`. */
export interface KnownHeader {
  readonly level: Severity;
  readonly service: string | null;
}

/**
 * Strips a "timestamp + level + rest" header starting at `position` (just past a leading timestamp when
 * `hasTimestamp`): optional host/pid/label tokens, the level, optional `[thread]`, pid and `---`, and a
 * logger — so the message is what a human would call the message. Recognises Java (log4j, logback,
 * Spring Boot), Python logging, `|`-separated headers and many unnamed shapes by these general rules, not
 * by product.
 *
 * With `hasTimestamp` it always returns a line. Without, it returns `null` unless a level is the first
 * token or follows header evidence (a number, an epoch, a bracket), so prose is left alone. Never throws.
 */
export function stripGenericHeader(
  line: string,
  position: number,
  time: number | null,
  hasTimestamp: boolean,
  referenceYear: number,
  known?: KnownHeader,
): ParsedLine | null {
  resetScan(line, position, time, hasTimestamp);
  const start = skipBlanks(line, position);
  if (known !== undefined) {
    scan.level = known.level;
    scan.service = known.service;
    scanAfterLevel(referenceYear);
  } else if (hasTimestamp && line.charCodeAt(start) === 124) {
    scan.index = start;
    scanPipeFields();
  } else if (scanToLevel(referenceYear)) {
    if (!hasTimestamp && !scan.levelIsFirstToken && !scan.evidence) return null;
    scanAfterLevel(referenceYear);
  } else if (hasTimestamp) {
    resetScan(line, position, time, hasTimestamp);
    stripWithoutLevel(position);
  } else {
    return null;
  }
  return createParsedLine(
    formatOf(),
    scan.time,
    scan.level,
    scan.logger ?? scan.service,
    line.slice(scan.index).trim(),
    null,
    headerFields(),
  );
}
