import type { Severity } from '@triagekit/core';
import { isBlank, isDigit, isLetter, skipBlanks, tokenEnd } from './character-classes.js';
import { createParsedLine } from './create-parsed-line.js';
import { levelFromRange, upperCaseLevelFromRange } from './detect-level.js';
import type { ParsedLine } from './parsed-line.js';
import type { TimestampMatch } from './timestamp-match.js';

/** Longest tag (`program[pid]:`) accepted; RFC 3164 allows 32 characters, real systems go a bit over. */
const MAX_TAG_LENGTH = 64;

/**
 * End of the tag starting at `start`: the index of the `:` that closes it, or -1. A tag is at most
 * {@link MAX_TAG_LENGTH} characters. It may hold up to two blanks only when its last word is clearly
 * not prose (`ntpd 4.2.8:`, `-- admin[77]:`), so `Connection failed: ...` is not taken for a tag.
 */
function findTagColon(line: string, start: number): number {
  const limit = Math.min(line.length, start + MAX_TAG_LENGTH);
  let blanks = 0;
  let lastWordStart = start;
  for (let index = start; index < limit; index++) {
    const code = line.charCodeAt(index);
    if (code === 58) {
      const next = line.charCodeAt(index + 1);
      if (index === start || (index + 1 < line.length && !isBlank(next))) return -1;
      if (blanks === 0) return index;
      const lastWordIsTechnical =
        isDigit(line.charCodeAt(lastWordStart)) || line.lastIndexOf('[', index) >= lastWordStart;
      return lastWordIsTechnical ? index : -1;
    }
    if (isBlank(code)) {
      if (++blanks > 2) return -1;
      lastWordStart = index + 1;
    }
  }
  return -1;
}

/** Program name of a tag: its first word starting with a letter, without `[pid]` or `(detail)`. */
function programOf(tag: string): string | null {
  let index = 0;
  while (index < tag.length) {
    const start = index;
    while (index < tag.length && tag.charCodeAt(index) !== 32) index++;
    if (isLetter(tag.charCodeAt(start)) || tag.charCodeAt(start) === 95) {
      let end = start;
      while (end < index) {
        const code = tag.charCodeAt(end);
        if (code === 91 || code === 40) break; // '[' or '('
        end++;
      }
      return tag.slice(start, end);
    }
    index++;
  }
  return null;
}

/** A level word opening the message (`error: ...`, `WARNING ...`), reported without being stripped. */
function leadingLevel(message: string): Severity | null {
  const space = message.indexOf(' ');
  const end = space < 0 ? message.length : space;
  if (end > 14) return null;
  if (message.charCodeAt(end - 1) === 58) return levelFromRange(message, 0, end - 1);
  return upperCaseLevelFromRange(message, 0, end);
}

/**
 * Parses a BSD (RFC 3164) syslog line from the end of its timestamp: `HOST TAG[PID]: MESSAGE`, where HOST
 * may be missing (`sshd[1]: ...`) and TAG may be missing (the message then follows HOST). Service is the
 * program name without pid or `(detail)`; host and pid become fields. The level comes from `<PRI>` when
 * there is one, else from a level word opening the message (which stays in the message).
 *
 * Returns `null` when what follows the timestamp is a capitalised level word (`Jun 1 10:00:00 INFO ...`),
 * leaving that shape to the generic header parser. Never throws.
 */
export function parseSyslogRfc3164(
  line: string,
  timestamp: TimestampMatch,
  priorityLevel: Severity | null,
): ParsedLine | null {
  const hostStart = skipBlanks(line, timestamp.end);
  const hostEnd = tokenEnd(line, hostStart);
  if (upperCaseLevelFromRange(line, hostStart, hostEnd) !== null) return null;
  let host: string | null = null;
  let tagStart = hostStart;
  const firstTokenIsTag =
    line.charCodeAt(hostEnd - 1) === 58 && findTagColon(line, hostStart) === hostEnd - 1;
  if (!firstTokenIsTag) {
    host = hostEnd > hostStart ? line.slice(hostStart, hostEnd) : null;
    tagStart = skipBlanks(line, hostEnd);
  }
  const colon = findTagColon(line, tagStart);
  let service: string | null = null;
  let pid: string | null = null;
  let messageStart = tagStart;
  if (colon >= 0) {
    const tag = line.slice(tagStart, colon);
    service = programOf(tag);
    const open = tag.lastIndexOf('[');
    if (open >= 0 && tag.endsWith(']')) pid = tag.slice(open + 1, -1);
    messageStart = colon + 1;
  }
  const message = line.slice(messageStart).trim();
  const fields: Record<string, string> = {};
  if (host !== null) fields.host = host;
  if (pid !== null && pid !== '') fields.pid = pid;
  return createParsedLine(
    'syslog-rfc3164',
    timestamp.time,
    priorityLevel ?? leadingLevel(message),
    service,
    message,
    null,
    fields,
  );
}
