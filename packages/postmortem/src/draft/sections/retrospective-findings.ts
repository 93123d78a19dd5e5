import { formatDuration, millisecondsBetween } from '../format-time.js';
import type { IncidentFacts } from '../incident-facts.js';
import type { PostmortemStatement } from '../postmortem-draft.js';
import { fact } from '../statement.js';
import { DEFAULT_RETROSPECTIVE_TARGETS, type RetrospectiveTargets } from './retrospective-targets.js';

/** What the heuristics found, and which data they lacked (for "no data" statements). */
export interface RetrospectiveFindings {
  readonly wentWell: PostmortemStatement[];
  readonly wentBadly: PostmortemStatement[];
  /** e.g. `no acknowledgement recorded`. */
  readonly missing: string[];
}

function judgeAcknowledgement(
  facts: IncidentFacts,
  targetMinutes: number,
  findings: RetrospectiveFindings,
): void {
  if (!facts.acknowledged || !facts.triggered) {
    findings.missing.push('no acknowledgement recorded');
    return;
  }
  const delay = millisecondsBetween(facts.triggered.time, facts.acknowledged.time);
  const cited = [...facts.triggered.entryIds, ...facts.acknowledged.entryIds];
  if (delay <= targetMinutes * 60_000) {
    findings.wentWell.push(
      fact(
        `Acknowledged ${formatDuration(delay)} after the alert, within the ${targetMinutes} min target.`,
        cited,
      ),
    );
  } else {
    findings.wentBadly.push(
      fact(`Acknowledgement took ${formatDuration(delay)}, over the ${targetMinutes} min target.`, cited),
    );
  }
}

function judgeDetection(facts: IncidentFacts, targetMinutes: number, findings: RetrospectiveFindings): void {
  const alert = facts.alerts[0];
  const signal = facts.firstSignal;
  if (!alert || signal?.basis !== 'error-onset') {
    findings.missing.push('no error onset found by a triage report');
    return;
  }
  const lag = millisecondsBetween(signal.time, alert.alert.startsAt);
  const cited = [alert.id, ...signal.entryIds];
  if (lag <= targetMinutes * 60_000) {
    findings.wentWell.push(
      fact(
        `The alert fired ${formatDuration(Math.max(lag, 0))} after the first errors, within the ${targetMinutes} min target.`,
        cited,
        signal.evidenceIds,
      ),
    );
  } else {
    findings.wentBadly.push(
      fact(
        `Alerting lagged: the first errors came ${formatDuration(lag)} before the alert (target ${targetMinutes} min).`,
        cited,
        signal.evidenceIds,
      ),
    );
  }
}

function judgeTriage(facts: IncidentFacts, targetMinutes: number, findings: RetrospectiveFindings): void {
  const alert = facts.alerts[0];
  const report = facts.reports[0];
  if (!alert || !report) {
    findings.missing.push('no triage report recorded');
    return;
  }
  const delay = millisecondsBetween(alert.alert.startsAt, report.report.generatedAt);
  const text = `The first triage report was ready ${formatDuration(Math.max(delay, 0))} after the alert`;
  if (delay <= targetMinutes * 60_000) findings.wentWell.push(fact(`${text}.`, [alert.id, report.id]));
  else findings.wentBadly.push(fact(`${text}, over the ${targetMinutes} min target.`, [alert.id, report.id]));
}

function judgeSources(facts: IncidentFacts, findings: RetrospectiveFindings): void {
  if (facts.reports.length === 0) return;
  const seen = new Set<string>();
  for (const report of facts.reports) {
    for (const source of report.report.degradedSources) {
      if (seen.has(source.source)) continue;
      seen.add(source.source);
      findings.wentBadly.push(
        fact(`Evidence source ${source.source} was degraded (${source.status}): ${source.message}`, [
          report.id,
        ]),
      );
    }
  }
  if (seen.size === 0) {
    findings.wentWell.push(
      fact(
        'Every evidence source answered during triage.',
        facts.reports.map((report) => report.id),
      ),
    );
  }
}

function judgeRunbooks(facts: IncidentFacts, findings: RetrospectiveFindings): void {
  const searched = facts.reports.filter((report) => report.report.runbooks !== null);
  if (searched.length === 0) {
    findings.missing.push('no runbook search recorded');
    return;
  }
  const found = searched.find(
    (report) => report.report.runbooks?.confident && report.report.runbooks.matches[0],
  );
  const match = found?.report.runbooks?.matches[0];
  if (found && match) {
    findings.wentWell.push(
      fact(`A matching ${match.kind} was found during triage: "${match.title}".`, [found.id]),
    );
  } else {
    findings.wentBadly.push(
      fact(
        'No runbook or past post-mortem matched the incident.',
        searched.map((report) => report.id),
      ),
    );
  }
}

/**
 * Deterministic what-went-well / what-went-badly judgements: time to acknowledge, detection lag, time to
 * the first triage report, degraded evidence sources, runbook found or not, and a reopened incident.
 */
export function judgeRetrospective(
  facts: IncidentFacts,
  targets: RetrospectiveTargets = {},
): RetrospectiveFindings {
  const resolved = { ...DEFAULT_RETROSPECTIVE_TARGETS, ...targets };
  const findings: RetrospectiveFindings = { wentWell: [], wentBadly: [], missing: [] };
  judgeAcknowledgement(facts, resolved.acknowledgeMinutes, findings);
  judgeDetection(facts, resolved.detectionLagMinutes, findings);
  judgeTriage(facts, resolved.triageMinutes, findings);
  judgeSources(facts, findings);
  judgeRunbooks(facts, findings);
  if (facts.reopened) {
    findings.wentBadly.push(
      fact('The incident was re-triggered after it had been resolved.', facts.reopened.entryIds),
    );
  }
  return findings;
}
