import type { EvidenceInput } from '@triagekit/core';

/** One alert as `GET /api/v2/alerts` returns it (the fields used here). */
interface AlertmanagerApiAlert {
  readonly labels?: Record<string, string>;
  readonly annotations?: Record<string, string>;
  readonly startsAt?: string;
  readonly endsAt?: string;
  readonly fingerprint?: string;
  readonly generatorURL?: string;
  readonly status?: { readonly state?: string };
}

const SEVERITIES: Record<string, 'critical' | 'error' | 'warning' | 'info'> = {
  critical: 'critical',
  page: 'critical',
  error: 'error',
  high: 'error',
  warning: 'warning',
  warn: 'warning',
  info: 'info',
  none: 'info',
};

/**
 * Turns Alertmanager's `GET /api/v2/alerts` answer into `alert` evidence: one item per active alert that
 * started before `windowEnd` (alerts firing since before the window are dated at the window start so the
 * timeline keeps them). Malformed entries are skipped and counted.
 */
export function firingAlertsToEvidence(
  body: unknown,
  window: { readonly start: Date; readonly end: Date },
  serviceLabels: readonly string[],
): { evidence: EvidenceInput[]; skipped: number } {
  if (!Array.isArray(body)) throw new TypeError('expected a JSON array of alerts');
  const evidence: EvidenceInput[] = [];
  let skipped = 0;
  for (const entry of body as AlertmanagerApiAlert[]) {
    const started = Date.parse(entry?.startsAt ?? '');
    const labels = entry?.labels;
    if (labels === undefined || typeof labels !== 'object' || Number.isNaN(started)) {
      skipped += 1;
      continue;
    }
    if (started > window.end.getTime() || (entry.status?.state ?? 'active') !== 'active') continue;
    const name = labels.alertname ?? 'unnamed alert';
    const summary = entry.annotations?.summary ?? entry.annotations?.description ?? '';
    const service = serviceLabels
      .map((label) => labels[label])
      .find((value) => value !== undefined && value !== '');
    evidence.push({
      kind: 'alert',
      time: new Date(Math.max(started, window.start.getTime())),
      service: service ?? null,
      severity: SEVERITIES[(labels.severity ?? '').toLowerCase()] ?? 'warning',
      text: `${name} firing since ${new Date(started).toISOString()}${summary === '' ? '' : `: ${summary}`}`,
      attributes: {
        'alertmanager.alertname': name,
        'alertmanager.fingerprint': entry.fingerprint ?? null,
        'alertmanager.labels': JSON.stringify(labels).slice(0, 1000),
        'alertmanager.startsAt': new Date(started).toISOString(),
      },
      links: entry.generatorURL ? [{ label: 'Alert source', url: entry.generatorURL }] : [],
    });
  }
  return { evidence, skipped };
}
