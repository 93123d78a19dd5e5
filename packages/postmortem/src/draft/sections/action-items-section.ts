import type { IncidentFacts } from '../incident-facts.js';
import type { PostmortemStatement } from '../postmortem-draft.js';
import { actionItem, noData } from '../statement.js';

const MAX_SUGGESTIONS = 5;

const WHAT_HAPPENED: Readonly<Record<string, string>> = {
  failed: 'failed',
  'timed-out': 'timed out',
  aborted: 'was aborted',
  partial: 'returned partial data',
};

/**
 * Action items, all proposed: follow-ups recorded as `action` entries with `followUp`, the triage reports'
 * suggestions, writing a runbook when none matched, and fixing access to sources that failed.
 */
export function draftActionItemsSection(facts: IncidentFacts): PostmortemStatement[] {
  const statements: PostmortemStatement[] = [];
  for (const entry of facts.entries) {
    if (entry.kind === 'action' && entry.followUp) {
      statements.push(
        actionItem(`${entry.text}${entry.author ? ` (raised by ${entry.author})` : ''}`, [entry.id]),
      );
    }
  }
  const seen = new Set<string>();
  for (const report of [...facts.reports].reverse()) {
    for (const suggestion of report.report.suggestions) {
      if (seen.has(suggestion.title) || seen.size >= MAX_SUGGESTIONS) continue;
      seen.add(suggestion.title);
      statements.push(
        actionItem(`Check (triage suggestion): ${suggestion.title}`, [report.id], suggestion.evidenceIds),
      );
    }
  }
  const searched = facts.reports.filter((report) => report.report.runbooks !== null);
  if (searched.length > 0 && !searched.some((report) => report.report.runbooks?.confident)) {
    const alert = facts.alerts[0];
    statements.push(
      actionItem(
        `Write a runbook${alert ? ` for "${alert.alert.labels.alertname ?? alert.alert.title}"` : ''}: none matched this incident.`,
        [...searched.map((report) => report.id), ...(alert ? [alert.id] : [])],
      ),
    );
  }
  const degraded = new Set<string>();
  for (const report of facts.reports) {
    for (const source of report.report.degradedSources) {
      if (source.stage !== 'collect' || degraded.has(source.source)) continue;
      degraded.add(source.source);
      statements.push(
        actionItem(
          `Restore evidence source ${source.source} (it ${WHAT_HAPPENED[source.status] ?? source.status} during triage).`,
          [report.id],
        ),
      );
    }
  }
  return statements.length > 0
    ? statements
    : [noData('No follow-up recorded and nothing suggested by triage: add action items by hand.')];
}
