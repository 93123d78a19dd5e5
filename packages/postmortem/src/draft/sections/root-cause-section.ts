import type { RecordedChange } from '../../timeline/triage-report-digest.js';
import { formatTime } from '../format-time.js';
import type { IncidentFacts } from '../incident-facts.js';
import type { PostmortemStatement } from '../postmortem-draft.js';
import { fact, hypothesis, noData } from '../statement.js';

/** Most hypotheses listed; the reports rank changes, so the first ones matter most. */
const MAX_HYPOTHESES = 5;
const MAX_PATTERNS = 3;

function describeChange(change: RecordedChange): string {
  const minutes = Math.round(Math.abs(change.minutesBeforeOnset));
  const when =
    change.minutesBeforeOnset >= 0 ? `${minutes} min before the onset` : `${minutes} min after the onset`;
  const service = change.service ? ` on ${change.service}` : '';
  const touches = change.touchesAffectedService ? ', touching an affected service' : '';
  return `${change.title}${service} at ${formatTime(change.time)}, ${when}${touches} (${change.causality}). Confirm or rule out.`;
}

/**
 * Trigger and root cause, as hypotheses only: the changes the triage reports ranked near the onset, each
 * labelled co-occurring and not proven causal, and the leading error patterns as the observed symptom.
 */
export function draftRootCauseSection(facts: IncidentFacts): PostmortemStatement[] {
  if (facts.reports.length === 0) {
    return [
      noData(
        'No triage report recorded: there are no ranked changes to base a trigger hypothesis on. Determine the trigger and root cause by hand.',
      ),
    ];
  }
  const statements: PostmortemStatement[] = [];
  const seenChanges = new Set<string>();
  const seenPatterns = new Set<string>();
  // Later reports saw more of the incident, so their rankings come first.
  for (const report of [...facts.reports].reverse()) {
    for (const change of report.report.changes) {
      if (seenChanges.has(change.findingId) || seenChanges.size >= MAX_HYPOTHESES) continue;
      seenChanges.add(change.findingId);
      statements.push(hypothesis(describeChange(change), [report.id], change.evidenceIds));
    }
  }
  if (seenChanges.size === 0) {
    statements.push(
      noData(
        'The triage reports found no change near the onset: the trigger is unknown and must be determined by a human.',
      ),
    );
  }
  for (const report of [...facts.reports].reverse()) {
    for (const finding of report.report.keyFindings) {
      if (
        finding.type !== 'error-pattern' ||
        seenPatterns.has(finding.title) ||
        seenPatterns.size >= MAX_PATTERNS
      )
        continue;
      seenPatterns.add(finding.title);
      const since = finding.time ? ` since ${formatTime(finding.time)}` : '';
      statements.push(fact(`Observed symptom: ${finding.title}${since}.`, [report.id], finding.evidenceIds));
    }
  }
  return statements;
}
