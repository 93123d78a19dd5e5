import type { Alert, Finding, TriageReport } from '@triagekit/core';
import type { KeyFinding, RecordedEvidence, TriageReportDigest } from './triage-report-digest.js';

/** Options of {@link timelineEntryFromReport}. */
export interface TimelineEntryFromReportOptions {
  /** Where `report.json` was written, kept so the post-mortem can link to it. */
  readonly reportPath?: string;
  /** Most evidence items kept (the cited ones first, in report order). Default 200. */
  readonly maxEvidence?: number;
}

const EVIDENCE_TEXT_LENGTH = 500;

function cut(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function findingTime(finding: Finding): string | null {
  if ('time' in finding && typeof finding.time === 'string') return finding.time;
  if (finding.type === 'error-pattern') return finding.firstSeen;
  return null;
}

function findingService(finding: Finding): string | null {
  if (finding.type === 'affected-service') return finding.service;
  if (finding.type === 'error-pattern') return finding.services[0] ?? null;
  if ('service' in finding && typeof finding.service === 'string') return finding.service;
  return null;
}

function toKeyFinding(finding: Finding): KeyFinding {
  return {
    findingId: finding.id,
    type: finding.type,
    title: cut(finding.title, 1000),
    evidenceIds: finding.evidenceIds.slice(0, 50),
    time: findingTime(finding),
    service: findingService(finding),
  };
}

/**
 * The `triage-report` timeline entry for a report: its id and file, the onset, affected services, error
 * patterns and other key findings with their evidence ids, the ranked changes (co-occurring, not proven
 * causal), suggestions, runbook matches, degraded sources and the cited evidence (text cut to 500
 * characters), timed at `report.generatedAt`. Pass it to `IncidentTimelineStore.append`.
 */
export function timelineEntryFromReport(
  report: TriageReport,
  options: TimelineEntryFromReportOptions = {},
): { kind: 'triage-report'; time: string; author: null; report: TriageReportDigest } {
  const keyFindings = [...report.errorPatterns, ...report.otherFindings].slice(0, 100).map(toKeyFinding);
  const affectedServices = report.affectedServices.slice(0, 50).map(toKeyFinding);
  const changes = report.changes.slice(0, 50).map((change) => ({
    findingId: change.id,
    title: cut(change.title, 1000),
    time: change.time,
    service: change.service,
    minutesBeforeOnset: change.minutesBeforeOnset,
    touchesAffectedService: change.touchesAffectedService,
    causality: change.causality,
    evidenceIds: change.evidenceIds.slice(0, 50),
  }));
  const suggestions = report.suggestions.slice(0, 50).map((suggestion) => ({
    findingId: suggestion.id,
    title: cut(suggestion.title, 1000),
    detail: cut(suggestion.detail, 2000),
    priority: suggestion.priority,
    evidenceIds: suggestion.evidenceIds.slice(0, 50),
  }));
  const onset = report.onset
    ? {
        time: report.onset.time,
        basis: report.onset.basis,
        evidenceIds: report.onset.evidenceIds.slice(0, 50),
      }
    : null;
  const cited = new Set<string>(onset?.evidenceIds ?? []);
  for (const item of [...affectedServices, ...keyFindings, ...changes, ...suggestions]) {
    for (const id of item.evidenceIds) cited.add(id);
  }
  const evidence: RecordedEvidence[] = report.evidence
    .filter((item) => cited.has(item.id))
    .slice(0, options.maxEvidence ?? 200)
    .map((item) => ({
      id: item.id,
      kind: item.kind,
      time: item.time,
      service: item.service,
      text: cut(item.text, EVIDENCE_TEXT_LENGTH),
    }));
  return {
    kind: 'triage-report',
    time: report.generatedAt,
    author: null,
    report: {
      reportId: report.id,
      reportPath: options.reportPath ?? null,
      alertId: report.alert.id,
      alertTitle: report.alert.title,
      generatedAt: report.generatedAt,
      onset,
      affectedServices,
      keyFindings,
      changes,
      suggestions,
      runbooks: report.runbooks
        ? {
            confident: report.runbooks.confident,
            matches: report.runbooks.matches.slice(0, 20).map((match) => ({
              id: match.id,
              title: match.title,
              kind: match.kind,
              relevance: match.relevance,
              url: match.url,
            })),
          }
        : null,
      degradedSources: report.degradedSources.slice(0, 100).map((source) => ({
        source: source.source,
        stage: source.stage,
        status: source.status,
        message: cut(source.message, 2000),
      })),
      summaryText: report.summary ? cut(report.summary.text, 4000) : null,
      evidence,
    },
  };
}

/** The `alert` timeline entry for an alert, timed at `alert.startsAt`. */
export function timelineEntryFromAlert(alert: Alert): {
  kind: 'alert';
  time: string;
  author: null;
  alert: Alert;
} {
  return { kind: 'alert', time: alert.startsAt, author: null, alert };
}
