import type { TriageReport } from '@triagekit/core';

/**
 * The PagerDuty incident a report's alert came from: its `pagerduty_incident_id` label (else its
 * fingerprint) when the alert's source is `pagerduty`, as `parsePagerDutyWebhook` makes them; otherwise
 * `undefined`, since an alert from elsewhere names no incident.
 */
export function incidentIdFromReport(report: TriageReport): string | undefined {
  const { alert } = report;
  if (alert.source !== 'pagerduty') return undefined;
  return alert.labels.pagerduty_incident_id || alert.fingerprint;
}
