import type { TriageReport } from '@triagekit/core';
import type { IncidentTimelineStore } from './open-incident-timeline.js';
import type { TimelineEntry } from './timeline-entry.js';
import {
  type TimelineEntryFromReportOptions,
  timelineEntryFromAlert,
  timelineEntryFromReport,
} from './timeline-entry-from-report.js';

/**
 * Records a triage run in an incident's timeline: the alert (unless an `alert` entry with the same alert id
 * is already there) and the report (unless an entry for the same report id is). Idempotent, also when
 * several processes record at once: the check runs under the timeline's lock.
 * @returns the entries appended (none when both were already recorded).
 * @throws as `IncidentTimelineStore.appendMany` does.
 */
export async function recordTriageReport(
  store: IncidentTimelineStore,
  report: TriageReport,
  options: TimelineEntryFromReportOptions = {},
): Promise<TimelineEntry[]> {
  return store.appendMany([timelineEntryFromAlert(report.alert), timelineEntryFromReport(report, options)], {
    skip: (entry, existing) =>
      existing.some(
        (recorded) =>
          (entry.kind === 'alert' && recorded.kind === 'alert' && recorded.alert.id === entry.alert.id) ||
          (entry.kind === 'triage-report' &&
            recorded.kind === 'triage-report' &&
            recorded.report.reportId === entry.report.reportId),
      ),
  });
}
