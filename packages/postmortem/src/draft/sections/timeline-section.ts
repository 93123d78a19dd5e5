import { formatTime } from '../format-time.js';
import type { IncidentFacts } from '../incident-facts.js';
import type { PostmortemStatement } from '../postmortem-draft.js';
import { fact, noData } from '../statement.js';
import { describeEntry } from './describe-entry.js';

/** Timeline: every recorded entry, oldest first, each citing itself. */
export function draftTimelineSection(facts: IncidentFacts): PostmortemStatement[] {
  if (facts.entries.length === 0) return [noData('Nothing has been recorded in the timeline yet.')];
  return facts.entries.map((entry) =>
    fact(`${formatTime(entry.time)} — ${describeEntry(entry)}`, [entry.id]),
  );
}
