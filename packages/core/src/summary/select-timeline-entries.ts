import type { TimelineEntryFinding } from '../schema/finding.js';
import type { TriageReport } from '../schema/triage-report.js';

const ENTRY_KIND_RANK: Record<TimelineEntryFinding['entryKind'], number> = {
  alert: 0,
  change: 1,
  'pattern-onset': 2,
  event: 3,
  metric: 4,
  note: 5,
};

function byTime(a: TimelineEntryFinding, b: TimelineEntryFinding): number {
  return a.time < b.time ? -1 : a.time > b.time ? 1 : a.id < b.id ? -1 : 1;
}

/**
 * The `count` timeline entries a short prompt keeps, oldest first: alerts, changes and pattern onsets before
 * other entries, and within each kind those nearest the onset (the alert's start when there is none).
 */
export function selectTimelineEntries(report: TriageReport, count: number): TimelineEntryFinding[] {
  const onset = Date.parse(report.onset?.time ?? report.alert.startsAt);
  const distance = (entry: TimelineEntryFinding) => Math.abs(Date.parse(entry.time) - onset);
  return [...report.timeline]
    .sort(
      (a, b) =>
        ENTRY_KIND_RANK[a.entryKind] - ENTRY_KIND_RANK[b.entryKind] ||
        distance(a) - distance(b) ||
        (a.id < b.id ? -1 : 1),
    )
    .slice(0, count)
    .sort(byTime);
}
