import { formatTime } from '../format-time.js';
import type { IncidentFacts } from '../incident-facts.js';
import type { PostmortemStatement } from '../postmortem-draft.js';
import { fact, noData } from '../statement.js';

function by(author: string | null): string {
  return author ? ` by ${author}` : '';
}

/** Resolution: what was decided and done during the incident, mitigation, and how it was resolved. */
export function draftResolutionSection(facts: IncidentFacts): PostmortemStatement[] {
  const statements: PostmortemStatement[] = [];
  for (const entry of facts.entries) {
    if (entry.kind === 'decision') {
      statements.push(
        fact(`Decision at ${formatTime(entry.time)}${by(entry.author)}: ${entry.text}`, [entry.id]),
      );
    } else if (entry.kind === 'action' && !entry.followUp) {
      statements.push(
        fact(`Action at ${formatTime(entry.time)}${by(entry.author)}: ${entry.text}`, [entry.id]),
      );
    }
  }
  if (facts.mitigated) {
    statements.push(
      fact(
        `Mitigated at ${formatTime(facts.mitigated.time)}${by(facts.mitigated.author)}.`,
        facts.mitigated.entryIds,
      ),
    );
  }
  if (facts.resolved) {
    statements.push(
      fact(
        `Resolved at ${formatTime(facts.resolved.time)}${by(facts.resolved.author)}${facts.resolved.summary ? `: ${facts.resolved.summary}` : '.'}`,
        facts.resolved.entryIds,
      ),
    );
    if (facts.resolved.summary === null) {
      statements.push(noData('No resolution summary recorded: describe what fixed it.'));
    }
  } else {
    statements.push(
      noData(
        facts.reopened
          ? 'Re-triggered after a resolution; no resolution recorded since.'
          : 'No resolution recorded yet.',
      ),
    );
  }
  return statements;
}
