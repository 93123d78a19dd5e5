import type { Severity } from '@triagekit/core';
import { skipBlanks } from './character-classes.js';
import { createParsedLine } from './create-parsed-line.js';
import { headerScan, resetHeaderScan } from './header-scan.js';
import { isJavaClassName, isLowerCaseDottedName } from './header-token-shapes.js';
import type { LogFormat } from './log-format.js';
import type { ParsedLine } from './parsed-line.js';
import { scanAfterLevel } from './scan-header-after-level.js';
import { scanToLevel } from './scan-header-to-level.js';
import { stripWithoutLevel } from './scan-header-without-level.js';
import { scanPipeFields } from './scan-pipe-fields.js';

/** Names the shape from what the scan saw: Spring's `---`, Python's dashes, or the logger's spelling. */
function formatOf(): LogFormat {
  if (headerScan.spring) return 'java';
  if (headerScan.python) return 'python';
  const logger = headerScan.logger;
  if (logger === null || !(headerScan.hasTimestamp || headerScan.time !== null)) return 'generic';
  if (isJavaClassName(logger)) return 'java';
  return isLowerCaseDottedName(logger) ? 'python' : 'generic';
}

function headerFields(): Record<string, string> | null {
  const { host, pid, thread, caller, context } = headerScan;
  if (host === null && pid === null && thread === null && caller === null && context === null) return null;
  const fields: Record<string, string> = {};
  if (host !== null) fields.host = host;
  if (pid !== null) fields.pid = pid;
  if (thread !== null) fields.thread = thread;
  if (caller !== null) fields.caller = caller;
  if (context !== null) fields.context = context;
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
  resetHeaderScan(line, position, time, hasTimestamp);
  const start = skipBlanks(line, position);
  if (known !== undefined) {
    headerScan.level = known.level;
    headerScan.service = known.service;
    scanAfterLevel(referenceYear);
  } else if (hasTimestamp && line.charCodeAt(start) === 124) {
    headerScan.index = start;
    scanPipeFields();
  } else if (scanToLevel(referenceYear)) {
    if (!hasTimestamp && !headerScan.levelIsFirstToken && !headerScan.evidence) return null;
    scanAfterLevel(referenceYear);
  } else if (headerScan.endedAtTag) {
    // The header ran up to a `program[pid]:` tag: everything after it is the message.
  } else if (hasTimestamp) {
    resetHeaderScan(line, position, time, hasTimestamp);
    stripWithoutLevel(position);
  } else {
    return null;
  }
  return createParsedLine(
    formatOf(),
    headerScan.time,
    headerScan.level,
    headerScan.logger ?? headerScan.service,
    line.slice(headerScan.index).trim(),
    null,
    headerFields(),
  );
}
