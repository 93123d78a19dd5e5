import { relative } from 'node:path';
import type { TriageReport } from '@triagekit/core';
import { incidentIdForAlert, openIncidentTimeline, recordTriageReport } from '@triagekit/postmortem';

/**
 * Appends the alert and a digest of the report to the incident's timeline in `directory` (once per alert
 * and report id), so `triagekit note` and `triagekit postmortem` can build on it. Returns the incident id
 * and the timeline file.
 */
export async function recordInTimeline(
  directory: string,
  report: TriageReport,
  reportFile: string,
): Promise<{ incidentId: string; path: string }> {
  const incidentId = incidentIdForAlert(report.alert);
  const store = openIncidentTimeline(directory, incidentId);
  await recordTriageReport(store, report, { reportPath: relative(directory, reportFile) });
  return { incidentId, path: store.path };
}
