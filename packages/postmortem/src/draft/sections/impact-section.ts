import { serviceFromAlertLabels } from '@triagekit/core';
import { formatDuration, formatTime, millisecondsBetween } from '../format-time.js';
import type { IncidentFacts } from '../incident-facts.js';
import type { PostmortemStatement } from '../postmortem-draft.js';
import { fact, noData } from '../statement.js';

function describeSignal(facts: IncidentFacts): string {
  return facts.firstSignal?.basis === 'error-onset' ? 'the first errors found by triage' : 'the first alert';
}

function serviceStatements(facts: IncidentFacts): PostmortemStatement[] {
  const seen = new Set<string>();
  const statements: PostmortemStatement[] = [];
  for (const report of facts.reports) {
    for (const finding of report.report.affectedServices) {
      if (!finding.service || seen.has(finding.service)) continue;
      seen.add(finding.service);
      statements.push(fact(`Affected: ${finding.title}`, [report.id], finding.evidenceIds));
    }
  }
  for (const alert of facts.alerts) {
    const service = serviceFromAlertLabels(alert.alert.labels);
    if (!service || seen.has(service)) continue;
    seen.add(service);
    statements.push(fact(`Affected: ${service} (named by alert "${alert.alert.title}").`, [alert.id]));
  }
  return statements.slice(0, 10);
}

/** Impact: how long (first signal to resolution), what was mitigated when, which services. */
export function draftImpactSection(facts: IncidentFacts): PostmortemStatement[] {
  const statements: PostmortemStatement[] = [];
  const start = facts.firstSignal;
  if (start && facts.resolved) {
    statements.push(
      fact(
        `Impact lasted ${formatDuration(millisecondsBetween(start.time, facts.resolved.time))}, from ${describeSignal(facts)} at ${formatTime(start.time)} to the resolution at ${formatTime(facts.resolved.time)}.`,
        [...start.entryIds, ...facts.resolved.entryIds],
        start.evidenceIds,
      ),
    );
  } else if (start) {
    statements.push(
      fact(
        `Impact began with ${describeSignal(facts)} at ${formatTime(start.time)}.`,
        start.entryIds,
        start.evidenceIds,
      ),
      noData('No resolution recorded yet, so the duration of the impact is unknown.'),
    );
  } else {
    statements.push(noData('No alert and no error onset recorded, so when the impact began is unknown.'));
  }
  if (start && facts.mitigated) {
    statements.push(
      fact(
        `Mitigated at ${formatTime(facts.mitigated.time)}, ${formatDuration(millisecondsBetween(start.time, facts.mitigated.time))} after ${describeSignal(facts)}.`,
        [...start.entryIds, ...facts.mitigated.entryIds],
        start.evidenceIds,
      ),
    );
  }
  const services = serviceStatements(facts);
  statements.push(
    ...(services.length > 0
      ? services
      : [
          noData(
            'No affected service identified: no triage report names one and no alert carries a service label.',
          ),
        ]),
  );
  statements.push(
    noData('Customer impact (users, requests, revenue) is not recorded in the timeline; add it by hand.'),
  );
  return statements;
}
