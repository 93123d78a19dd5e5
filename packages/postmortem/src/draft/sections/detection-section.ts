import { formatDuration, formatTime, millisecondsBetween } from '../format-time.js';
import type { IncidentFacts } from '../incident-facts.js';
import type { PostmortemStatement } from '../postmortem-draft.js';
import { fact, noData } from '../statement.js';

/** Detection: how and when the incident was noticed, the lag behind the first errors, time to acknowledge. */
export function draftDetectionSection(facts: IncidentFacts): PostmortemStatement[] {
  const statements: PostmortemStatement[] = [];
  const first = facts.alerts[0];
  if (first) {
    statements.push(
      fact(
        `Detected by the ${first.alert.source} alert "${first.alert.title}" at ${formatTime(first.alert.startsAt)}.`,
        [first.id],
      ),
    );
  } else {
    statements.push(noData('No alert recorded: how the incident was detected is not in the timeline.'));
  }
  const signal = facts.firstSignal;
  if (first && signal?.basis === 'error-onset') {
    const lag = millisecondsBetween(signal.time, first.alert.startsAt);
    statements.push(
      fact(
        lag > 0
          ? `The first errors came at ${formatTime(signal.time)}, ${formatDuration(lag)} before the alert fired.`
          : `The alert fired at or before the first errors found by triage (${formatTime(signal.time)}).`,
        [first.id, ...signal.entryIds],
        signal.evidenceIds,
      ),
    );
  }
  if (facts.acknowledged && facts.triggered) {
    const delay = millisecondsBetween(facts.triggered.time, facts.acknowledged.time);
    statements.push(
      fact(
        `Acknowledged at ${formatTime(facts.acknowledged.time)}${facts.acknowledged.author ? ` by ${facts.acknowledged.author}` : ''}: time to acknowledge ${formatDuration(delay)}.`,
        [...facts.triggered.entryIds, ...facts.acknowledged.entryIds],
      ),
    );
  } else if (facts.acknowledged) {
    statements.push(
      fact(`Acknowledged at ${formatTime(facts.acknowledged.time)}.`, facts.acknowledged.entryIds),
      noData('No alert or trigger recorded, so the time to acknowledge is unknown.'),
    );
  } else {
    statements.push(noData('No acknowledgement recorded, so the time to acknowledge is unknown.'));
  }
  return statements;
}
