import { isBlank, isDigit, skipBlanks } from './character-classes.js';
import { levelFromRange } from './detect-level.js';
import { blankAfter, bracketEnd, headerScan, takeTimestamp } from './header-scan.js';
import {
  isCapitalsWord,
  isClassName,
  isDigitsRange,
  isLoggerName,
  isQualifiedLocation,
  isSeparator,
  isSourceLocation,
} from './header-token-shapes.js';

/** Longest `(thread)` accepted after the level. */
const MAX_PARENTHESIS_LENGTH = 64;

/** Whether `[start, end)` is a dotted logger name (`org.hibernate.Version`, `nova.compute.manager`). */
function isDottedLogger(line: string, start: number, end: number): boolean {
  const dot = line.indexOf('.', start);
  return dot > start && dot < end && isLoggerName(line, start, end);
}

/**
 * Reads a `(thread)` at `start`: taken when it holds no blanks, or after a bracket (WildFly's
 * `[category] (default task-1)`), so a message opening with "(3 files)" keeps it. Returns its end or -1.
 */
function parenthesisEnd(line: string, start: number, afterBracket: boolean): number {
  const close = line.indexOf(')', start + 1);
  if (close < 0 || close - start > MAX_PARENTHESIS_LENGTH || !isBlank(line.charCodeAt(close + 1))) return -1;
  const open = line.indexOf('(', start + 1);
  if (open >= 0 && open < close) return -1;
  if (!afterBracket && blankAfter(start) < close) return -1;
  return close;
}

/**
 * After the level: skips `[thread]` brackets (a dotted name in brackets is the logger, as WildFly writes
 * it), a `(thread)`, separators (`-`, `---`, `:`, `|`), a late timestamp and a pid that precedes `---` or
 * a bracket, then takes the logger (see {@link takeLogger}).
 */
export function scanAfterLevel(referenceYear: number): void {
  const line = headerScan.line;
  let afterBracket = false;
  for (let step = 0; step < 8; step++) {
    const index = skipBlanks(line, headerScan.index);
    const code = line.charCodeAt(index);
    if (code === 91) {
      const close = bracketEnd(line, index);
      if (close < 0) break;
      const inner = line.slice(index + 1, close).trim();
      if (headerScan.logger === null && isDottedLogger(inner, 0, inner.length)) headerScan.logger = inner;
      // Spring Boot 3 writes `[app] [thread]`; the thread is the last bracket.
      else headerScan.thread = inner;
      headerScan.index = close + 1;
      afterBracket = true;
      continue;
    }
    if (code === 40) {
      const close = parenthesisEnd(line, index, afterBracket);
      if (close < 0) break;
      headerScan.thread = line.slice(index + 1, close);
      headerScan.index = close + 1;
      continue;
    }
    // Only separators and numbers are skipped here; anything else opens the logger or the message.
    if (code !== 45 && code !== 124 && code !== 58 && code !== 62 && !isDigit(code)) break;
    const end = blankAfter(index);
    if (isSeparator(line, index, end)) {
      if (code === 45 && end - index === 3) headerScan.spring = true;
      if (code === 45 && end - index === 1 && headerScan.dashBeforeLevel) headerScan.python = true;
      headerScan.index = end;
      continue;
    }
    if (isDigit(code)) {
      const timestampEnd = takeTimestamp(index, end, referenceYear);
      if (timestampEnd >= 0) {
        headerScan.index = timestampEnd;
        continue;
      }
      // A number is a pid only before `---` or `[thread]`; otherwise it opens the message ("INFO 5 files").
      const next = skipBlanks(line, end);
      if (
        next > end &&
        isDigitsRange(line, index, end) &&
        (line.charCodeAt(next) === 91 || line.startsWith('---', next))
      ) {
        headerScan.pid = line.slice(index, end);
        headerScan.index = end;
        continue;
      }
    }
    break;
  }
  if (headerScan.logger === null) takeLogger();
}

/** Takes a `[request context]` right after the logger (`[req-42 - - -]`, MongoDB's `[conn12]`). */
function takeContext(): void {
  const line = headerScan.line;
  const index = skipBlanks(line, headerScan.index);
  if (line.charCodeAt(index) !== 91) return;
  const close = bracketEnd(line, index);
  if (close < 0) return;
  headerScan.context = line.slice(index + 1, close).trim();
  headerScan.index = close + 1;
}

/**
 * Takes the logger or source location that opens the message: `logger:`, `logger :`, `logger -`,
 * loguru's `module:function:42 -`, a dotted logger followed by a `[context]`, a name padded into a column
 * (`CBS    Loaded ...`, `NETWORK  [conn12] ...`), or zap's `main.go:42`. A capitalised word with a colon
 * (`Remoting:`) and a column count only after a timestamp, where they are names rather than prose.
 */
export function takeLogger(): void {
  const line = headerScan.line;
  const index = skipBlanks(line, headerScan.index);
  const end = blankAfter(index);
  if (end <= index) return;
  if (line.charCodeAt(end - 1) === 58) {
    const isLogger =
      isLoggerName(line, index, end - 1) ||
      (headerScan.hasTimestamp &&
        isClassName(line, index, end - 1) &&
        levelFromRange(line, index, end - 1) === null);
    if (isLogger) {
      headerScan.logger = line.slice(index, end - 1);
      headerScan.index = end;
      return;
    }
  }
  const next = skipBlanks(line, end);
  const nextCode = line.charCodeAt(next);
  if (next > end && (nextCode === 58 || nextCode === 45) && isBlank(line.charCodeAt(next + 1))) {
    takeSeparatedLogger(index, end, next);
    return;
  }
  const padded = next - end >= 2 && next < line.length;
  const named =
    isCapitalsWord(line, index, end) || isLoggerName(line, index, end) || isClassName(line, index, end);
  if ((padded && headerScan.hasTimestamp && named) || (nextCode === 91 && isDottedLogger(line, index, end))) {
    headerScan.logger = line.slice(index, end);
    headerScan.index = end;
    takeContext();
    return;
  }
  const colon = line.indexOf(':', index);
  if (colon >= 0 && colon < end - 1 && isBlank(line.charCodeAt(end)) && isSourceLocation(line, index, end)) {
    headerScan.caller = line.slice(index, end);
    headerScan.index = end;
  }
}

/** `logger : message` / `logger - message` (Spring Boot, logback) and loguru's `module:function:42 - `. */
function takeSeparatedLogger(index: number, end: number, separator: number): void {
  const line = headerScan.line;
  if (headerScan.spring || isLoggerName(line, index, end)) {
    headerScan.logger = line.slice(index, end);
    headerScan.index = separator + 1;
    return;
  }
  const colon = line.indexOf(':', index);
  if (
    line.charCodeAt(separator) === 45 &&
    colon > index &&
    colon < end - 1 &&
    isQualifiedLocation(line, index, end)
  ) {
    headerScan.caller = line.slice(index, end);
    headerScan.logger = line.slice(index, colon);
    headerScan.index = separator + 1;
  }
}
