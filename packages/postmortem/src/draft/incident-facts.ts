import { serviceFromAlertLabels } from '@triagekit/core';
import type { IncidentTimeline } from '../timeline/incident-timeline.js';
import type { TimelineEntry, TimelineEntryOf } from '../timeline/timeline-entry.js';

/** A moment of the incident and the entries (and evidence) that establish it. */
export interface CitedMoment {
  readonly time: string;
  readonly entryIds: readonly string[];
  readonly evidenceIds: readonly string[];
  /** Who, when the timeline says. */
  readonly author: string | null;
}

/** A service the incident affected, with what says so. */
export interface CitedService {
  readonly name: string;
  readonly entryIds: readonly string[];
  readonly evidenceIds: readonly string[];
}

/** What the timeline establishes about an incident; every section is drafted from these. */
export interface IncidentFacts {
  readonly incidentId: string;
  /** Oldest first (time, then sequence). */
  readonly entries: readonly TimelineEntry[];
  readonly alerts: readonly TimelineEntryOf<'alert'>[];
  readonly reports: readonly TimelineEntryOf<'triage-report'>[];
  /** The earliest sign of trouble: an error onset found by a triage report, or the first alert. */
  readonly firstSignal: (CitedMoment & { readonly basis: 'error-onset' | 'alert' }) | null;
  /** When the incident was raised: the first alert or `triggered` status change. */
  readonly triggered: CitedMoment | null;
  readonly acknowledged: CitedMoment | null;
  readonly mitigated: CitedMoment | null;
  /** The final resolution; `null` when none was recorded or the incident was re-triggered after it. */
  readonly resolved: (CitedMoment & { readonly summary: string | null }) | null;
  /** The `triggered` status change that reopened the incident after a resolution, if any. */
  readonly reopened: CitedMoment | null;
  /** Most affected first: report rankings, then services named by alerts. */
  readonly services: readonly CitedService[];
  /** Every evidence id recorded in the timeline's reports. */
  readonly evidenceIds: ReadonlySet<string>;
}

function byTime(left: TimelineEntry, right: TimelineEntry): number {
  return Date.parse(left.time) - Date.parse(right.time) || left.sequence - right.sequence;
}

function moment(entry: TimelineEntry, evidenceIds: readonly string[] = []): CitedMoment {
  return { time: entry.time, entryIds: [entry.id], evidenceIds, author: entry.author };
}

function earliest<T extends { time: string }>(candidates: readonly (T | null)[]): T | null {
  let best: T | null = null;
  for (const candidate of candidates) {
    if (candidate && (best === null || Date.parse(candidate.time) < Date.parse(best.time))) best = candidate;
  }
  return best;
}

function statusMoments(
  entries: readonly TimelineEntry[],
  status: string,
): TimelineEntryOf<'status-change'>[] {
  return entries.filter(
    (entry): entry is TimelineEntryOf<'status-change'> =>
      entry.kind === 'status-change' && entry.status === status,
  );
}

function findResolution(entries: readonly TimelineEntry[]): Pick<IncidentFacts, 'resolved' | 'reopened'> {
  const resolves = entries.filter(
    (entry) => entry.kind === 'resolution' || (entry.kind === 'status-change' && entry.status === 'resolved'),
  );
  const last = resolves.at(-1);
  if (last === undefined) return { resolved: null, reopened: null };
  const retriggers = statusMoments(entries, 'triggered');
  const openAgain = retriggers.find((entry) => byTime(last, entry) < 0);
  if (openAgain) return { resolved: null, reopened: moment(openAgain) };
  // A re-trigger is a `triggered` status change after some resolve. The resolution is the first resolve after
  // the last re-trigger (or the first of all); later resolves and resolution notes only confirm it.
  const lastRetrigger = retriggers
    .filter((entry) => resolves.some((resolve) => byTime(resolve, entry) < 0))
    .at(-1);
  const final = resolves.filter((entry) => lastRetrigger === undefined || byTime(lastRetrigger, entry) < 0);
  const first = final[0] ?? last;
  const summaries = final.filter(
    (entry): entry is TimelineEntryOf<'resolution'> => entry.kind === 'resolution',
  );
  return {
    resolved: {
      ...moment(first),
      entryIds: final.map((entry) => entry.id),
      summary: summaries.at(-1)?.summary ?? null,
    },
    reopened: lastRetrigger ? moment(lastRetrigger) : null,
  };
}

function collectServices(
  alerts: readonly TimelineEntryOf<'alert'>[],
  reports: readonly TimelineEntryOf<'triage-report'>[],
): CitedService[] {
  const services = new Map<string, { entryIds: string[]; evidenceIds: string[] }>();
  const add = (name: string, entryId: string, evidenceIds: readonly string[]) => {
    const service = services.get(name) ?? { entryIds: [], evidenceIds: [] };
    service.entryIds.push(entryId);
    service.evidenceIds.push(...evidenceIds);
    services.set(name, service);
  };
  for (const report of reports) {
    for (const finding of report.report.affectedServices) {
      if (finding.service) add(finding.service, report.id, finding.evidenceIds);
    }
  }
  for (const alert of alerts) {
    const name = serviceFromAlertLabels(alert.alert.labels);
    if (name) add(name, alert.id, []);
  }
  return [...services].map(([name, cited]) => ({
    name,
    entryIds: [...new Set(cited.entryIds)],
    evidenceIds: [...new Set(cited.evidenceIds)],
  }));
}

/** Reads the facts a post-mortem is drafted from out of a timeline. Pure and deterministic. */
export function collectIncidentFacts(timeline: IncidentTimeline): IncidentFacts {
  const entries = [...timeline.entries].sort(byTime);
  const alerts = entries.filter((entry): entry is TimelineEntryOf<'alert'> => entry.kind === 'alert');
  const reports = entries.filter(
    (entry): entry is TimelineEntryOf<'triage-report'> => entry.kind === 'triage-report',
  );
  const firstAlert = alerts[0];
  const onsets = reports.map((entry) =>
    entry.report.onset
      ? {
          ...moment(entry, entry.report.onset.evidenceIds),
          time: entry.report.onset.time,
          basis: 'error-onset' as const,
        }
      : null,
  );
  const alertSignal = firstAlert ? { ...moment(firstAlert), basis: 'alert' as const } : null;
  const firstTriggered = statusMoments(entries, 'triggered')[0];
  const firstAcknowledged = statusMoments(entries, 'acknowledged')[0];
  const firstMitigated = statusMoments(entries, 'mitigated')[0];
  const evidenceIds = new Set(reports.flatMap((entry) => entry.report.evidence.map((item) => item.id)));
  return {
    incidentId: timeline.incidentId,
    entries,
    alerts,
    reports,
    firstSignal: earliest([...onsets, alertSignal]),
    triggered: earliest([
      firstAlert ? moment(firstAlert) : null,
      firstTriggered ? moment(firstTriggered) : null,
    ]),
    acknowledged: firstAcknowledged ? moment(firstAcknowledged) : null,
    mitigated: firstMitigated ? moment(firstMitigated) : null,
    ...findResolution(entries),
    services: collectServices(alerts, reports),
    evidenceIds,
  };
}
