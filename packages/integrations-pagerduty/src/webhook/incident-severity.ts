import { normalizeSeverity, type Severity } from '@triagekit/core';

/**
 * The severity of an incident: from its priority's name when it reads as one (`P1` critical, `P2` error,
 * `P3` warning, `P4`/`P5` info, also `SEV-1`, `Sev 2`, `high`, ...), else from its urgency (`high` critical:
 * it pages someone now; `low` warning), else `unknown`.
 */
export function incidentSeverity(priority: string | null, urgency: string | null): Severity {
  const fromPriority = normalizeSeverity(priority?.replace(/[\s_-]/g, ''));
  if (fromPriority !== 'unknown') return fromPriority;
  if (urgency === 'high') return 'critical';
  if (urgency === 'low') return 'warning';
  return 'unknown';
}
