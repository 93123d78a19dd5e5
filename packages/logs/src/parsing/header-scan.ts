import type { Severity } from '@triagekit/core';
import { readTimestamp } from './parse-timestamp.js';

/** Longest bracketed header token (`[thread]`, `[host]`) accepted; Hadoop thread names run long. */
const MAX_BRACKET_LENGTH = 512;

/**
 * What the generic header scan has learned about the current line. One module-level instance, reset per
 * line by {@link resetHeaderScan}: parsing is synchronous and never re-entered, and this keeps the hot
 * path free of per-line objects.
 */
export const headerScan = {
  line: '',
  /** Index of the line's first tab, or -1; lets token ends be found with native `indexOf`. */
  firstTab: -1,
  /** Where scanning continues; once the header is done, where the message starts. */
  index: 0,
  time: null as number | null,
  /** Whether the caller stripped a leading timestamp (or time of day) before `index`. */
  hasTimestamp: false,
  level: null as Severity | null,
  /** Whether the level was the line's first token (`ERROR: ...`), which needs no other evidence. */
  levelIsFirstToken: false,
  /** Whether a number, epoch or bracket was seen: signs that the tokens are a header, not prose. */
  evidence: false,
  /** Candidate service from before the level (`KERNEL` in `RAS KERNEL INFO`). */
  service: null as string | null,
  /** Logger from after the level; wins over `service`. */
  logger: null as string | null,
  thread: null as string | null,
  pid: null as string | null,
  host: null as string | null,
  caller: null as string | null,
  /** Request context in brackets after the logger (`[req-42 - -]`, `[conn12]`). */
  context: null as string | null,
  /** Whether the header ended at a syslog-style `program[pid]:` tag rather than at a level. */
  endedAtTag: false,
  /** Whether a lone `-` preceded the level (Python's `- name - LEVEL - message`). */
  dashBeforeLevel: false,
  python: false,
  /** Whether Spring Boot's `---` separator was seen. */
  spring: false,
};

/** Resets {@link headerScan} for a new line. */
export function resetHeaderScan(
  line: string,
  position: number,
  time: number | null,
  hasTimestamp: boolean,
): void {
  const scan = headerScan;
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
  scan.context = null;
  scan.endedAtTag = false;
  scan.dashBeforeLevel = false;
  scan.python = false;
  scan.spring = false;
}

/** End of the blank-delimited token at `start` in the scanned line, found with native `indexOf`. */
export function blankAfter(start: number): number {
  const line = headerScan.line;
  const space = line.indexOf(' ', start);
  let end = space < 0 ? line.length : space;
  const firstTab = headerScan.firstTab;
  if (firstTab >= 0 && firstTab < end) {
    const tab = firstTab >= start ? firstTab : line.indexOf('\t', start);
    if (tab >= 0 && tab < end) end = tab;
  }
  return end;
}

/**
 * Index of the `]` closing the bracket at `start`, nested brackets included (`[Peer[id=1]/host@77]`), or
 * -1 when it is not closed within {@link MAX_BRACKET_LENGTH} characters.
 */
export function bracketEnd(line: string, start: number): number {
  const close = line.indexOf(']', start + 1);
  if (close < 0 || close - start > MAX_BRACKET_LENGTH) return -1;
  const open = line.indexOf('[', start + 1);
  if (open < 0 || open > close) return close;
  const limit = Math.min(line.length, start + MAX_BRACKET_LENGTH);
  let depth = 0;
  for (let index = start; index < limit; index++) {
    const code = line.charCodeAt(index);
    if (code === 91) depth++;
    else if (code === 93 && --depth === 0) return index;
  }
  return -1;
}

/**
 * Reads a timestamp at `start` into the scan when none was found yet and it covers the whole token
 * ending at `tokenEnd`; returns its end, or -1 when nothing was taken.
 */
export function takeTimestamp(start: number, tokenEnd: number, referenceYear: number): number {
  if (headerScan.time !== null) return -1;
  const timestamp = readTimestamp(headerScan.line, start, referenceYear);
  if (timestamp === null || timestamp.end < tokenEnd) return -1;
  headerScan.time = timestamp.time;
  return timestamp.end;
}

/**
 * Takes a syslog-style tag at `[start, end)` — `program[pid]:`, `program(detail)[pid]:` — as service
 * (without the detail) and pid, moving the scan past it. Returns whether it matched.
 */
export function takeProgramTag(start: number, end: number): boolean {
  const line = headerScan.line;
  if (end - start < 4 || line.charCodeAt(end - 1) !== 58 || line.charCodeAt(end - 2) !== 93) return false;
  const open = line.lastIndexOf('[', end - 2);
  if (open <= start) return false;
  for (let index = open + 1; index < end - 2; index++) {
    const code = line.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  if (open + 1 === end - 2) return false;
  const detail = line.indexOf('(', start);
  headerScan.service = line.slice(start, detail > start && detail < open ? detail : open);
  headerScan.pid = line.slice(open + 1, end - 2);
  headerScan.index = end;
  return true;
}
