import type { EvidenceInput, TimeWindow } from '@triagekit/core';
import { detectLogSeverity } from './detect-log-severity.js';
import type { LogTarget } from './log-target.js';
import { splitTimestampedLine } from './split-timestamped-line.js';

/** The longest line text kept, in characters; longer lines are cut with a marker. */
export const MAX_LOG_LINE_LENGTH = 16_384;

/** Log evidence from one container log, and how many lines had no timestamp. */
export interface ContainerLogEvidence {
  readonly evidence: EvidenceInput[];
  readonly untimedLines: number;
}

/**
 * Turns the lines of one container log (`timestamps=true`) into `log` evidence: one item per line inside the
 * window, timed by the kubelet's timestamp, with the detected severity. Attributes: `namespace`, `pod`,
 * `container`, `previous` and `restartCount`. Lines without a timestamp cannot be placed and are counted.
 */
export function logLinesToEvidence(
  lines: readonly string[],
  target: LogTarget,
  window: TimeWindow,
): ContainerLogEvidence {
  const start = window.start.getTime();
  const end = window.end.getTime();
  const evidence: EvidenceInput[] = [];
  let untimedLines = 0;
  for (const line of lines) {
    const parsed = splitTimestampedLine(line);
    if (parsed === null) {
      if (line.trim()) untimedLines += 1;
      continue;
    }
    if (parsed.time < start || parsed.time > end || !parsed.text.trim()) continue;
    const text =
      parsed.text.length > MAX_LOG_LINE_LENGTH
        ? `${parsed.text.slice(0, MAX_LOG_LINE_LENGTH)} …[cut ${parsed.text.length - MAX_LOG_LINE_LENGTH} characters]`
        : parsed.text;
    evidence.push({
      kind: 'log',
      time: new Date(parsed.time),
      service: target.service,
      severity: detectLogSeverity(parsed.text),
      text,
      attributes: {
        namespace: target.namespace,
        pod: target.pod,
        container: target.container,
        previous: target.previous,
        restartCount: target.restartCount,
      },
    });
  }
  return { evidence, untimedLines };
}
