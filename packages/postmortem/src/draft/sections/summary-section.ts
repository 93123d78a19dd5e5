import { formatDuration, formatTime, millisecondsBetween } from '../format-time.js';
import type { IncidentFacts } from '../incident-facts.js';
import type { PostmortemStatement } from '../postmortem-draft.js';
import { fact, noData } from '../statement.js';

/** Summary: what fired, what was affected, how it ended. */
export function draftSummarySection(facts: IncidentFacts): PostmortemStatement[] {
  const statements: PostmortemStatement[] = [];
  const [first, ...others] = facts.alerts;
  if (first) {
    const more = others.length > 0 ? ` ${others.length} more alert(s) followed.` : '';
    statements.push(
      fact(
        `Alert "${first.alert.title}" (${first.alert.severity}) fired at ${formatTime(first.alert.startsAt)}.${more}`,
        [first.id, ...others.map((entry) => entry.id)],
      ),
    );
  }
  if (facts.services.length > 0) {
    const top = facts.services.slice(0, 5);
    statements.push(
      fact(
        `Affected service(s): ${top.map((service) => service.name).join(', ')}.`,
        top.flatMap((service) => service.entryIds),
        top.flatMap((service) => service.evidenceIds),
      ),
    );
  }
  if (facts.reopened) {
    statements.push(
      fact(
        `The incident was re-triggered at ${formatTime(facts.reopened.time)} after a resolution.`,
        facts.reopened.entryIds,
      ),
    );
  }
  if (facts.resolved) {
    const start = facts.firstSignal;
    const duration = start
      ? ` after ${formatDuration(millisecondsBetween(start.time, facts.resolved.time))}`
      : '';
    statements.push(
      fact(
        `Resolved at ${formatTime(facts.resolved.time)}${duration}${facts.resolved.summary ? `: ${facts.resolved.summary}` : '.'}`,
        [...facts.resolved.entryIds, ...(start?.entryIds ?? [])],
        start?.evidenceIds ?? [],
      ),
    );
  } else {
    statements.push(noData('No resolution recorded yet.'));
  }
  if (statements.every((statement) => statement.kind === 'no-data') && facts.entries.length === 0) {
    return [noData('The timeline is empty: nothing has been recorded for this incident yet.')];
  }
  return statements;
}
