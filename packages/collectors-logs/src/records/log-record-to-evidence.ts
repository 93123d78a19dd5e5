import type { AttributeValue } from '@triagekit/core';
import type { LogRecord } from '@triagekit/logs';
import { capEvidenceText } from './cap-evidence-text.js';
import type { LogEvidence } from './log-evidence.js';

/**
 * Maps a parsed (possibly multi-line) log record to evidence. `time` is the record's own time or the one it
 * inherited (milliseconds since the epoch); `service` is decided by the caller; `attributes` come first and
 * are followed by the record's line number, line count (when above one), format and trace id (when found).
 */
export function logRecordToEvidence(
  record: LogRecord,
  context: { time: number; service: string | null; attributes: Record<string, AttributeValue> },
): LogEvidence {
  const attributes: Record<string, AttributeValue> = { ...context.attributes, line: record.line };
  if (record.lineCount > 1) attributes.lineCount = record.lineCount;
  attributes.format = record.format;
  if (record.traceId) attributes.traceId = record.traceId;
  return {
    kind: 'log',
    time: new Date(context.time).toISOString(),
    service: context.service,
    severity: record.level ?? 'unknown',
    text: capEvidenceText(record.text),
    attributes,
  };
}
