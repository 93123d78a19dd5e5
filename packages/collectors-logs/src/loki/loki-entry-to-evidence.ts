import { type AttributeValue, normalizeSeverity } from '@triagekit/core';
import { parseLogLine } from '@triagekit/logs';
import { capEvidenceText } from '../records/cap-evidence-text.js';
import { cleanServiceName } from '../records/clean-service-name.js';
import type { LogEvidence } from '../records/log-evidence.js';
import type { LokiEntry } from './loki-entry.js';
import { toMilliseconds } from './nanoseconds.js';
import { serviceFromStreamLabels } from './service-from-stream-labels.js';

/**
 * Maps a Loki entry to evidence. The time is Loki's (it wins over any timestamp in the line); the service
 * comes from the stream labels, else from the line; the severity from the line, else from a `level` or
 * `detected_level` label. Attributes: `stream` (the labels as a LogQL selector), `timestampNanoseconds`
 * (Loki's exact timestamp), `format`, and `traceId` when the line has one.
 */
export function lokiEntryToEvidence(entry: LokiEntry, referenceYear: number): LogEvidence {
  const firstLine = entry.line.split('\n', 1)[0] ?? '';
  const parsed = parseLogLine(firstLine, { referenceYear });
  const labelLevel = normalizeSeverity(entry.labels.level ?? entry.labels.detected_level);
  const attributes: Record<string, AttributeValue> = {
    stream: entry.stream,
    timestampNanoseconds: entry.timestamp.toString(),
    format: parsed.format,
  };
  if (parsed.traceId) attributes.traceId = parsed.traceId;
  return {
    kind: 'log',
    time: new Date(toMilliseconds(entry.timestamp)).toISOString(),
    service: serviceFromStreamLabels(entry.labels) ?? cleanServiceName(parsed.service),
    severity: parsed.level ?? labelLevel,
    text: capEvidenceText(entry.line),
    attributes,
  };
}
