import { countDigits } from './character-classes.js';
import { createParsedLine } from './create-parsed-line.js';
import { levelFromRange } from './detect-level.js';
import type { ParsedLine } from './parsed-line.js';
import type { TimestampMatch } from './timestamp-match.js';

/**
 * Parses the rest of an nginx error log line after its `YYYY/MM/DD HH:MM:SS` timestamp:
 * ` [error] 123#456: *7890 message`. `pid`, `tid` and the connection number (`connection`) become
 * fields; the message keeps nginx's `, client: ..., server: ...` suffix, which describes the request.
 *
 * Returns `null` when the `[level] pid#tid:` part is missing, leaving the line to the generic parser.
 */
export function parseNginxError(line: string, timestamp: TimestampMatch): ParsedLine | null {
  let index = timestamp.end;
  if (line.charCodeAt(index) !== 32 || line.charCodeAt(index + 1) !== 91) return null;
  const close = line.indexOf(']', index + 2);
  if (close < 0 || close - index > 16) return null;
  const level = levelFromRange(line, index + 2, close);
  if (level === null || line.charCodeAt(close + 1) !== 32) return null;
  index = close + 2;
  const pidDigits = countDigits(line, index);
  if (pidDigits === 0 || line.charCodeAt(index + pidDigits) !== 35) return null; // '#'
  const tidStart = index + pidDigits + 1;
  const tidDigits = countDigits(line, tidStart);
  if (tidDigits === 0 || line.charCodeAt(tidStart + tidDigits) !== 58) return null;
  const fields: Record<string, string> = {
    pid: line.slice(index, index + pidDigits),
    tid: line.slice(tidStart, tidStart + tidDigits),
  };
  index = tidStart + tidDigits + 1;
  while (line.charCodeAt(index) === 32) index++;
  if (line.charCodeAt(index) === 42) {
    const connectionDigits = countDigits(line, index + 1);
    if (connectionDigits > 0 && line.charCodeAt(index + 1 + connectionDigits) === 32) {
      fields.connection = line.slice(index + 1, index + 1 + connectionDigits);
      index += connectionDigits + 2;
    }
  }
  return createParsedLine('nginx-error', timestamp.time, level, null, line.slice(index).trim(), null, fields);
}
