import { createParsedLine } from './create-parsed-line.js';
import { levelFromRange } from './detect-level.js';
import { readTimestamp } from './parse-timestamp.js';
import type { ParsedLine } from './parsed-line.js';

/**
 * Parses an Apache error log line: `[Sun Dec 04 04:47:44 2005] [notice] message` (2.2) or
 * `[Wed Oct 11 14:32:52.123456 2000] [core:error] [pid 35708:tid 4328636416] [client 1.2.3.4] message`
 * (2.4). Service is the module (`core`) when named; `pid`/`tid` are removed into fields. `[client ...]`
 * stays in the message, because it says whom the message is about, and is also copied to `client`.
 *
 * Returns `null` unless a `ctime` timestamp in brackets is followed by a bracketed level. Never throws.
 */
export function parseApacheError(line: string, referenceYear: number): ParsedLine | null {
  const timestamp = readTimestamp(line, 1, referenceYear);
  if (timestamp === null || line.charCodeAt(timestamp.end) !== 93) return null;
  let index = timestamp.end + 1;
  while (line.charCodeAt(index) === 32) index++;
  if (line.charCodeAt(index) !== 91) return null;
  const levelEnd = line.indexOf(']', index);
  if (levelEnd < 0 || levelEnd - index > 64) return null;
  const colon = line.lastIndexOf(':', levelEnd);
  const levelStart = colon > index ? colon + 1 : index + 1;
  const level = levelFromRange(line, levelStart, levelEnd);
  if (level === null) return null;
  const service = colon > index ? line.slice(index + 1, colon) : null;
  const fields: Record<string, string> = {};
  index = levelEnd + 1;
  for (;;) {
    while (line.charCodeAt(index) === 32) index++;
    if (line.charCodeAt(index) !== 91) break;
    const close = line.indexOf(']', index);
    if (close < 0) break;
    const inner = line.slice(index + 1, close);
    if (inner.startsWith('pid ')) {
      const tid = inner.indexOf(':tid ');
      fields.pid = inner.slice(4, tid > 0 ? tid : undefined);
      if (tid > 0) fields.tid = inner.slice(tid + 5);
      index = close + 1;
      continue;
    }
    if (inner.startsWith('client ')) fields.client = inner.slice(7);
    break;
  }
  return createParsedLine(
    'apache-error',
    timestamp.time,
    level,
    service,
    line.slice(index).trim(),
    null,
    fields,
  );
}
