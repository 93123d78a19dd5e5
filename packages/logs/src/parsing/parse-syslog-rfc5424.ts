import { countDigits, tokenEnd } from './character-classes.js';
import { createParsedLine } from './create-parsed-line.js';
import { levelFromSyslogPriority } from './detect-level.js';
import { TRACE_ID_KEYS } from './field-roles.js';
import { readTimestamp } from './parse-timestamp.js';
import type { ParsedLine } from './parsed-line.js';
import { setField } from './structured-fields.js';

/** Reads `[id name="value" ...]` elements from `start`; fills `fields`; returns the index past them. */
function readStructuredData(text: string, start: number, fields: Record<string, string>): number {
  let index = start;
  while (text.charCodeAt(index) === 91) {
    // Skip "[sd-id"; an element may also be a bare "[sd-id]".
    while (index < text.length && text.charCodeAt(index) !== 32 && text.charCodeAt(index) !== 93) index++;
    while (index < text.length && text.charCodeAt(index) !== 93) {
      while (text.charCodeAt(index) === 32) index++;
      if (text.charCodeAt(index) === 93) break;
      const equals = text.indexOf('="', index);
      if (equals < 0) return text.length;
      const name = text.slice(index, equals);
      let cursor = equals + 2;
      let value = '';
      while (cursor < text.length) {
        const code = text.charCodeAt(cursor);
        if (code === 34) break;
        // RFC 5424 escapes only '"', '\' and ']' inside parameter values.
        if (code === 92 && cursor + 1 < text.length) cursor++;
        value += text[cursor];
        cursor++;
      }
      setField(fields, name, value);
      index = cursor + 1;
    }
    index++;
  }
  return index;
}

/**
 * Parses an RFC 5424 syslog line: `<PRI>1 TIMESTAMP HOST APP PROCID MSGID [SD] MSG`, from the index
 * just past `<PRI>`. Service is APP; host, pid (PROCID), msgid and structured-data parameters become
 * fields; a `trace_id`-like parameter becomes the trace id. Returns `null` when the shape does not match.
 */
export function parseSyslogRfc5424(line: string, start: number, priority: number): ParsedLine | null {
  const versionDigits = countDigits(line, start);
  if (versionDigits < 1 || versionDigits > 2 || line.charCodeAt(start + versionDigits) !== 32) return null;
  let index = start + versionDigits + 1;
  let time: number | null = null;
  if (line.charCodeAt(index) === 45 && line.charCodeAt(index + 1) === 32) {
    index += 2;
  } else {
    const timestamp = readTimestamp(line, index, 0);
    if (timestamp === null || line.charCodeAt(timestamp.end) !== 32) return null;
    time = timestamp.time;
    index = timestamp.end + 1;
  }
  const header: string[] = [];
  for (let part = 0; part < 4; part++) {
    const end = tokenEnd(line, index);
    if (end === index) return null;
    header.push(line.slice(index, end));
    index = end + 1;
  }
  const [host, app, processId, messageId] = header;
  const fields: Record<string, string> = {};
  if (host !== undefined && host !== '-') fields.host = host;
  if (processId !== undefined && processId !== '-') fields.pid = processId;
  if (messageId !== undefined && messageId !== '-') fields.msgid = messageId;
  if (line.charCodeAt(index) === 45) index += 1;
  else index = readStructuredData(line, index, fields);
  let message = line.slice(Math.min(index, line.length)).trim();
  if (message.charCodeAt(0) === 0xfeff) message = message.slice(1);
  let traceId: string | null = null;
  for (const key of TRACE_ID_KEYS) {
    const value = fields[key];
    if (value !== undefined) {
      traceId = value;
      delete fields[key];
      break;
    }
  }
  return createParsedLine(
    'syslog-rfc5424',
    time,
    levelFromSyslogPriority(priority),
    app === undefined || app === '-' ? null : app,
    message,
    traceId,
    fields,
  );
}
