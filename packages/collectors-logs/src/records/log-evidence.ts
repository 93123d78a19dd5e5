import type { AttributeValue, Severity } from '@triagekit/core';

/**
 * An evidence item as the log collectors build it: always `kind: 'log'`, with an ISO time and a severity,
 * so that caps can rank it without re-parsing. Assignable to `EvidenceInput`.
 */
export interface LogEvidence {
  readonly kind: 'log';
  /** ISO 8601, UTC, millisecond precision. */
  readonly time: string;
  readonly service: string | null;
  readonly severity: Severity;
  readonly text: string;
  readonly attributes: Record<string, AttributeValue>;
}
