import { isWeekdayAt, monthAt } from './calendar-names.js';
import { isBlank, isDigit, isLetter, isUpperCase, tokenEnd } from './character-classes.js';
import { createParsedLine } from './create-parsed-line.js';
import { levelFromSyslogPriority } from './detect-level.js';
import { parseAccessLog } from './parse-access-log.js';
import { parseApacheError } from './parse-apache-error.js';
import { parseJsonLine } from './parse-json-line.js';
import { parseKlog } from './parse-klog.js';
import { parseLogfmt } from './parse-logfmt.js';
import { parseNginxError } from './parse-nginx-error.js';
import { parsePythonBasic } from './parse-python-basic.js';
import { parseSyslogRfc3164 } from './parse-syslog-rfc3164.js';
import { parseSyslogRfc5424 } from './parse-syslog-rfc5424.js';
import { readTimestamp } from './parse-timestamp.js';
import type { ParsedLine } from './parsed-line.js';
import { readBracketedHeader } from './read-bracketed-header.js';
import { readSyslogPriority } from './read-syslog-priority.js';
import { stripGenericHeader } from './strip-generic-header.js';

/** Options for {@link parseLogLine}. */
export interface ParseLogLineOptions {
  /**
   * Year for timestamps that carry none (syslog `Jun 14 15:16:01`, klog, logcat). Defaults to the
   * current UTC year.
   */
  readonly referenceYear?: number;
}

const EMPTY_LINE: ParsedLine = Object.freeze(createParsedLine('plain', null, null, null, '', null, null));

function plain(line: string): ParsedLine {
  return createParsedLine('plain', null, null, null, line.trim(), null, null);
}

/** Whether the first token is `key=...` with a plausible key, the cheap gate before logfmt parsing. */
function startsLikeLogfmt(line: string): boolean {
  const limit = Math.min(line.length, 64);
  for (let index = 0; index < limit; index++) {
    const code = line.charCodeAt(index);
    if (code === 61) return index > 0;
    if (isBlank(code) || code === 34 || code === 58 || code === 44) return false;
  }
  return false;
}

/** Whether a `[` follows one of the first four tokens: the cheap gate before access-log parsing. */
function mayBeAccessLog(line: string): boolean {
  let index = 0;
  for (let token = 0; token < 4; token++) {
    index = tokenEnd(line, index) + 1;
    if (line.charCodeAt(index) === 91) return token >= 2;
    if (index >= line.length) return false;
  }
  return false;
}

function parseAfterPriority(line: string, referenceYear: number): ParsedLine | null {
  const priority = readSyslogPriority(line, 0);
  if (priority === null) return null;
  const { end } = priority;
  if (isDigit(line.charCodeAt(end)) && line.charCodeAt(end + 1) === 32) {
    return parseSyslogRfc5424(line, end, priority.priority);
  }
  const timestamp = readTimestamp(line, end, referenceYear);
  if (timestamp === null) {
    const message = line.slice(end).trim();
    const level = levelFromSyslogPriority(priority.priority);
    return createParsedLine('syslog-rfc3164', null, level, null, message, null, null);
  }
  return parseSyslogRfc3164(line, timestamp, levelFromSyslogPriority(priority.priority));
}

function parseBracketed(line: string, referenceYear: number): ParsedLine | null {
  if (isWeekdayAt(line, 1)) {
    const apache = parseApacheError(line, referenceYear);
    if (apache !== null) return apache;
  }
  const header = readBracketedHeader(line, 0, referenceYear);
  if (header !== null) {
    const known = header.level === null ? undefined : { level: header.level, service: header.service };
    return stripGenericHeader(line, header.end, header.time, true, referenceYear, known);
  }
  return stripGenericHeader(line, 0, null, false, referenceYear);
}

function parseFromDigit(line: string, referenceYear: number): ParsedLine | null {
  const timestamp = readTimestamp(line, 0, referenceYear);
  if (timestamp !== null) {
    if (line.charCodeAt(4) === 47) {
      const nginx = parseNginxError(line, timestamp);
      if (nginx !== null) return nginx;
    }
    return stripGenericHeader(line, timestamp.end, timestamp.time, true, referenceYear);
  }
  if (mayBeAccessLog(line)) {
    const access = parseAccessLog(line, referenceYear);
    if (access !== null) return access;
  }
  return stripGenericHeader(line, 0, null, false, referenceYear);
}

function parseFromLetter(line: string, code: number, referenceYear: number): ParsedLine | null {
  if (isUpperCase(code)) {
    if (isDigit(line.charCodeAt(1))) {
      const klog = parseKlog(line, referenceYear);
      if (klog !== null) return klog;
    }
    if (monthAt(line, 0) > 0 && line.charCodeAt(3) === 32) {
      const timestamp = readTimestamp(line, 0, referenceYear);
      if (timestamp !== null) {
        return (
          parseSyslogRfc3164(line, timestamp, null) ??
          stripGenericHeader(line, timestamp.end, timestamp.time, true, referenceYear)
        );
      }
    }
    if (isWeekdayAt(line, 0)) {
      const timestamp = readTimestamp(line, 0, referenceYear);
      if (timestamp !== null)
        return stripGenericHeader(line, timestamp.end, timestamp.time, true, referenceYear);
    }
    const python = parsePythonBasic(line);
    if (python !== null) return python;
  }
  if (startsLikeLogfmt(line)) {
    const logfmt = parseLogfmt(line, 0, referenceYear);
    if (logfmt !== null) return logfmt;
  }
  if (mayBeAccessLog(line)) {
    const access = parseAccessLog(line, referenceYear);
    if (access !== null) return access;
  }
  return stripGenericHeader(line, 0, null, false, referenceYear);
}

function parseTrimmed(line: string, referenceYear: number): ParsedLine {
  const code = line.charCodeAt(0);
  let parsed: ParsedLine | null = null;
  if (code === 123) parsed = parseJsonLine(line, referenceYear);
  else if (isDigit(code)) parsed = parseFromDigit(line, referenceYear);
  else if (isLetter(code)) parsed = parseFromLetter(line, code, referenceYear);
  else if (code === 91) parsed = parseBracketed(line, referenceYear);
  else if (code === 60) parsed = parseAfterPriority(line, referenceYear);
  else if (code === 45) parsed = stripGenericHeader(line, 0, null, false, referenceYear);
  if (parsed === null) return plain(line);
  // A lone level word ("ERROR") is a plain line that names its level, not an empty message.
  if (parsed.message === '' && parsed.format === 'generic' && parsed.time === null) {
    return createParsedLine('plain', null, parsed.level, null, line.trim(), null, null);
  }
  return parsed;
}

/**
 * Splits one log line into time, level, service, message, trace id and fields, detecting its format from
 * its first characters (JSON, logfmt, RFC 5424/3164 syslog, klog, access log, Apache/nginx error log,
 * Java, Python, any "timestamp + level + rest" header) with no configuration. A trailing `\r` is dropped;
 * leading blanks are ignored for detection. Lines with no recognisable header come back as `plain` with
 * the whole (trimmed) line as the message.
 *
 * Never throws, whatever the input (binary garbage, replacement characters, very long lines): on an
 * internal failure the line comes back as `plain`.
 */
export function parseLogLine(line: string, options?: ParseLogLineOptions): ParsedLine {
  const text = typeof line === 'string' ? line : String(line ?? '');
  try {
    let end = text.length;
    while (end > 0 && (text.charCodeAt(end - 1) === 13 || text.charCodeAt(end - 1) === 10)) end--;
    let start = 0;
    while (start < end && (isBlank(text.charCodeAt(start)) || text.charCodeAt(start) === 0xfeff)) start++;
    if (start === end) return EMPTY_LINE;
    const trimmed = start === 0 && end === text.length ? text : text.slice(start, end);
    return parseTrimmed(trimmed, options?.referenceYear ?? 0);
  } catch {
    return plain(text);
  }
}
