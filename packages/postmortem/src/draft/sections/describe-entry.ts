import type { TimelineEntry } from '../../timeline/timeline-entry.js';

function by(entry: TimelineEntry): string {
  return entry.author ? ` (by ${entry.author})` : '';
}

function describeRunbooks(entry: Extract<TimelineEntry, { kind: 'triage-report' }>): string {
  const runbooks = entry.report.runbooks;
  if (runbooks === null) return 'no knowledge base was searched';
  const best = runbooks.matches[0];
  if (!runbooks.confident || best === undefined) return 'no runbook matched';
  return `${best.kind === 'post-mortem' ? 'past post-mortem' : 'runbook'} "${best.title}" matched`;
}

/** One line for the timeline section: what the entry records, in words. */
export function describeEntry(entry: TimelineEntry): string {
  switch (entry.kind) {
    case 'alert':
      return `Alert "${entry.alert.title}" fired (${entry.alert.severity}, from ${entry.alert.source}).`;
    case 'triage-report': {
      const report = entry.report;
      const services = report.affectedServices.map((finding) => finding.service).filter(Boolean);
      const patterns = report.keyFindings.filter((finding) => finding.type === 'error-pattern').length;
      return (
        `Triage report ${report.reportId}: ${services.length} affected service(s)` +
        `${services.length > 0 ? ` (${services.slice(0, 3).join(', ')})` : ''}, ${patterns} error pattern(s), ` +
        `${report.changes.length} change(s) near the onset; ${describeRunbooks(entry)}.`
      );
    }
    case 'decision':
      return `Decision${by(entry)}: ${entry.text}`;
    case 'action':
      return `${entry.followUp ? 'Follow-up recorded' : 'Action'}${by(entry)}: ${entry.text}`;
    case 'note':
      return `Note${by(entry)}: ${entry.text}`;
    case 'status-change':
      return `Status changed to ${entry.status}${by(entry)}${entry.note ? `: ${entry.note}` : '.'}`;
    case 'resolution':
      return `Resolved${by(entry)}: ${entry.summary}`;
  }
}
