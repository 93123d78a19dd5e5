import type { Severity } from '@triagekit/core';
import { monthAt } from './calendar-names.js';
import { isBlank, isDigit, isUpperCase, skipBlanks } from './character-classes.js';
import { levelFromLetter, levelFromRange, upperCaseLevelFromRange } from './detect-level.js';
import { blankAfter, bracketEnd, headerScan, takeProgramTag, takeTimestamp } from './header-scan.js';
import {
  isCapitalsWord,
  isDigitsRange,
  isLoggerName,
  isMachineToken,
  isSeparator,
} from './header-token-shapes.js';
import { readTimestamp } from './parse-timestamp.js';

/** Header tokens scanned before giving up on finding a level: supercomputer RAS headers use nine. */
const MAX_HEADER_TOKENS = 14;

/** Header characters scanned before giving up; keeps 1 MB lines as cheap as short ones. */
const MAX_HEADER_CHARACTERS = 320;

/** Letters that name a level right after a timestamp (MongoDB's `I NETWORK`); a wider set follows pids. */
const LEVEL_LETTERS_AFTER_TIME = 'IWEFD';

/**
 * Level word of the token `[start, end)`: capitals (`INFO`), any case when a colon or a tab ends it
 * (`info:`, zap's tab-separated `info`) or when it is the first header word after the timestamp and
 * padded into a column (`Info      CBS ...`), or one letter: after pid/tid numbers (logcat), or first
 * after the timestamp when a word in capitals follows (`I NETWORK`).
 */
function tokenLevel(
  start: number,
  end: number,
  previousNumber: boolean,
  firstAfterTime: boolean,
): Severity | null {
  const line = headerScan.line;
  const hasColon = end - 1 > start && line.charCodeAt(end - 1) === 58;
  const coreEnd = hasColon ? end - 1 : end;
  if (coreEnd - start === 1) {
    if (previousNumber) return levelFromLetter(line[start] ?? '');
    if (!firstAfterTime || !LEVEL_LETTERS_AFTER_TIME.includes(line[start] ?? '-')) return null;
    const next = skipBlanks(line, end);
    return next > end && isUpperCase(line.charCodeAt(next)) && isUpperCase(line.charCodeAt(next + 1))
      ? levelFromLetter(line[start] ?? '')
      : null;
  }
  if (hasColon || line.charCodeAt(end) === 9) return levelFromRange(line, start, coreEnd);
  if (firstAfterTime && isBlank(line.charCodeAt(end)) && isBlank(line.charCodeAt(end + 1))) {
    return levelFromRange(line, start, coreEnd);
  }
  return upperCaseLevelFromRange(line, start, coreEnd);
}

/** Whether `[start, end)` is a zone name written after a timestamp (`UTC`, `GMT`). */
function isZoneName(line: string, start: number, end: number): boolean {
  return end - start === 3 && (line.startsWith('UTC', start) || line.startsWith('GMT', start));
}

function foundLevel(level: Severity, firstToken: boolean, previousDash: boolean): true {
  headerScan.level = level;
  headerScan.levelIsFirstToken = firstToken;
  headerScan.dashBeforeLevel = previousDash;
  return true;
}

/**
 * Scans header tokens up to the level word. Tokens that may precede a level: timestamps (also a second,
 * syslog-style one) and numbers (an epoch is read as the time when none was found yet), `[thread]` and
 * `[pid]` brackets, separators, zone names, words in capitals (`RAS KERNEL`, the last of which is the
 * service), logger names, host-like tokens and, after a timestamp, one plain word (a host name). A
 * `program[pid]:` tag after such evidence ends the header without a level. Fills {@link headerScan};
 * returns whether a level was found.
 */
export function scanToLevel(referenceYear: number): boolean {
  const line = headerScan.line;
  const limit = Math.min(line.length, headerScan.index + MAX_HEADER_CHARACTERS);
  let plainWords = 0;
  let wordsAfterTime = 0;
  let previousNumber = false;
  let previousDash = false;
  for (let tokens = 0; tokens < MAX_HEADER_TOKENS; tokens++) {
    const index = skipBlanks(line, headerScan.index);
    if (index >= limit) return false;
    const code = line.charCodeAt(index);
    if (code === 91) {
      const close = bracketEnd(line, index);
      if (close < 0) return false;
      const innerStart = skipBlanks(line, index + 1);
      let innerEnd = close;
      while (innerEnd > innerStart && isBlank(line.charCodeAt(innerEnd - 1))) innerEnd--;
      headerScan.index = close + 1;
      const level = levelFromRange(line, innerStart, innerEnd);
      if (level !== null) return foundLevel(level, tokens === 0, previousDash);
      headerScan.evidence = true;
      previousDash = false;
      previousNumber = false;
      wordsAfterTime++;
      if (headerScan.time === null) {
        const timestamp = readTimestamp(line, innerStart, referenceYear);
        if (timestamp !== null && timestamp.end === innerEnd) {
          headerScan.time = timestamp.time;
          continue;
        }
      }
      if (isDigitsRange(line, innerStart, innerEnd)) headerScan.pid ??= line.slice(innerStart, innerEnd);
      else headerScan.thread ??= line.slice(innerStart, innerEnd);
      continue;
    }
    const end = blankAfter(index);
    const firstAfterTime = headerScan.hasTimestamp && wordsAfterTime === 0;
    const level = tokenLevel(index, end, previousNumber, firstAfterTime);
    if (level !== null) {
      headerScan.index = end;
      return foundLevel(level, tokens === 0, previousDash);
    }
    if (isSeparator(line, index, end) || (code === 44 && end - index === 1)) {
      previousDash = code === 45 && end - index === 1;
      previousNumber = false;
      headerScan.index = end;
      continue;
    }
    previousDash = false;
    previousNumber = false;
    wordsAfterTime++;
    if (isDigit(code)) {
      headerScan.evidence = true;
      const timestampEnd = takeTimestamp(index, end, referenceYear);
      if (timestampEnd >= 0) {
        headerScan.index = timestampEnd;
        continue;
      }
      if (isDigitsRange(line, index, end)) {
        previousNumber = true;
        if (headerScan.pid === null && end - index <= 10) headerScan.pid = line.slice(index, end);
      }
      headerScan.index = end;
      continue;
    }
    if (end - index === 3 && monthAt(line, index) > 0) {
      // A syslog timestamp inside a longer header (`- 1131566461 2005.11.09 node7 Nov 9 12:01:01 ...`).
      const timestamp = readTimestamp(line, index, referenceYear);
      if (timestamp !== null) {
        headerScan.time ??= timestamp.time;
        headerScan.evidence = true;
        headerScan.index = timestamp.end;
        continue;
      }
    }
    if (end - 1 > index && line.charCodeAt(end - 1) === 58) {
      // `word:` ends the header. A `program[pid]:` tag after header evidence is its last part.
      if (headerScan.evidence && takeProgramTag(index, end)) headerScan.endedAtTag = true;
      return false;
    }
    headerScan.index = end;
    if (headerScan.hasTimestamp && wordsAfterTime === 1 && isZoneName(line, index, end)) {
      wordsAfterTime = 0;
      continue;
    }
    if (isCapitalsWord(line, index, end) || isLoggerName(line, index, end)) {
      headerScan.service = line.slice(index, end);
      continue;
    }
    if (isMachineToken(line, index, end)) {
      headerScan.host ??= line.slice(index, end);
      continue;
    }
    if (!headerScan.hasTimestamp || ++plainWords > 1) return false;
    headerScan.host ??= line.slice(index, end);
  }
  return false;
}
