import { normalizeSeverity } from '@triagekit/core';
import { countDigits, digitsValue, tokenEnd } from './character-classes.js';
import { createParsedLine } from './create-parsed-line.js';
import { readTimestamp } from './parse-timestamp.js';
import type { ParsedLine } from './parsed-line.js';

const SERVER_ERROR = normalizeSeverity('error');
const CLIENT_ERROR = normalizeSeverity('warning');
const SUCCESS = normalizeSeverity('info');

/** Reads a double-quoted field at `start` (backslash escapes kept verbatim); `[value, end]` or `null`. */
function readQuotedField(line: string, start: number): [string, number] | null {
  if (line.charCodeAt(start) !== 34) return null;
  let index = start + 1;
  while (index < line.length) {
    const code = line.charCodeAt(index);
    if (code === 92) {
      index += 2;
      continue;
    }
    if (code === 34) return [line.slice(start + 1, index), index + 1];
    index++;
  }
  return null;
}

/**
 * Parses an Apache/nginx access log line in the common or combined format, optionally prefixed with a
 * virtual host (`vhost:port remote ident user [time] "request" status bytes "referer" "agent"`).
 *
 * The message is the request line and the status (`GET /api/x HTTP/1.1 200`). Fields: `remote`, `user`,
 * `method`, `path`, `protocol`, `status`, `bytes`, `referer`, `userAgent` (and `vhost`), each only when
 * present and not `-`. The level comes from the status: 5xx error, 4xx warning, else info.
 *
 * Returns `null` when the line does not have this shape. Never throws.
 */
export function parseAccessLog(line: string, referenceYear: number): ParsedLine | null {
  const tokens: number[] = [];
  let index = 0;
  while (tokens.length < 8 && index < line.length && line.charCodeAt(index) !== 91) {
    const end = tokenEnd(line, index);
    if (line.charCodeAt(end) !== 32) return null;
    tokens.push(index, end);
    index = end + 1;
  }
  const tokenCount = tokens.length / 2;
  if ((tokenCount !== 3 && tokenCount !== 4) || line.charCodeAt(index) !== 91) return null;
  const timestamp = readTimestamp(line, index + 1, referenceYear);
  if (timestamp === null || line.charCodeAt(timestamp.end) !== 93) return null;
  if (line.charCodeAt(timestamp.end + 1) !== 32) return null;
  const request = readQuotedField(line, timestamp.end + 2);
  if (request === null || line.charCodeAt(request[1]) !== 32) return null;
  const statusStart = request[1] + 1;
  if (countDigits(line, statusStart) !== 3) return null;
  const status = digitsValue(line, statusStart, statusStart + 3);
  const fields: Record<string, string> = {};
  const first = tokenCount === 4 ? 2 : 0;
  if (tokenCount === 4) fields.vhost = line.slice(tokens[0], tokens[1]);
  fields.remote = line.slice(tokens[first], tokens[first + 1]);
  const user = line.slice(tokens[first + 4], tokens[first + 5]);
  if (user !== '-') fields.user = user;
  const [requestLine] = request;
  const firstSpace = requestLine.indexOf(' ');
  const lastSpace = requestLine.lastIndexOf(' ');
  if (firstSpace > 0) {
    fields.method = requestLine.slice(0, firstSpace);
    fields.path = requestLine.slice(firstSpace + 1, lastSpace > firstSpace ? lastSpace : undefined);
    if (lastSpace > firstSpace) fields.protocol = requestLine.slice(lastSpace + 1);
  }
  fields.status = String(status);
  let cursor = statusStart + 3;
  if (line.charCodeAt(cursor) === 32) {
    const bytesEnd = tokenEnd(line, cursor + 1);
    const bytes = line.slice(cursor + 1, bytesEnd);
    if (bytes !== '-') fields.bytes = bytes;
    cursor = bytesEnd;
  }
  const referer = readQuotedField(line, cursor + 1);
  if (referer !== null) {
    if (referer[0] !== '-') fields.referer = referer[0];
    const agent = readQuotedField(line, referer[1] + 1);
    if (agent !== null && agent[0] !== '-') fields.userAgent = agent[0];
  }
  const level = status >= 500 ? SERVER_ERROR : status >= 400 ? CLIENT_ERROR : SUCCESS;
  return createParsedLine(
    'access-log',
    timestamp.time,
    level,
    null,
    `${requestLine} ${status}`.trim(),
    null,
    fields,
  );
}
