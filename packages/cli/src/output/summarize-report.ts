import type { TriageReport } from '@triagekit/core';

/** The machine-readable outcome printed by `--json`. */
export interface RunSummary {
  readonly reportId: string;
  readonly files: readonly string[];
  readonly topAffectedService: string | null;
  readonly topChange: {
    readonly title: string;
    readonly evidenceId: string;
    readonly causality: string;
  } | null;
  readonly suggestions: readonly string[];
  readonly degradedSources: readonly {
    readonly source: string;
    readonly status: string;
    readonly message: string;
  }[];
  readonly redactions: number;
}

export function summarizeReport(report: TriageReport, files: readonly string[]): RunSummary {
  const change = report.changes[0];
  return {
    reportId: report.id,
    files,
    topAffectedService: report.affectedServices[0]?.service ?? null,
    topChange: change
      ? { title: change.title, evidenceId: change.evidenceIds[0] as string, causality: change.causality }
      : null,
    suggestions: report.suggestions.map((suggestion) => suggestion.title),
    degradedSources: report.degradedSources.map(({ source, status, message }) => ({
      source,
      status,
      message,
    })),
    redactions: report.redaction.total,
  };
}

/** A short human summary for the terminal: the answers first, then where the full report is. */
export function formatSummary(report: TriageReport, files: readonly string[]): string {
  const lines: string[] = ['', `Triage: ${report.alert.title}`];
  const service = report.affectedServices[0];
  lines.push(
    service
      ? `Most affected service: ${service.service} — ${service.reasons.join('; ')}`
      : 'Most affected service: none identified',
  );
  const change = report.changes[0];
  lines.push(
    change
      ? `Top change (${change.causality}): ${change.title} [${change.evidenceIds[0]}]`
      : 'Top change: none recorded in the window',
  );
  if (report.suggestions.length > 0) {
    lines.push('Where to look next:');
    for (const suggestion of report.suggestions.slice(0, 4))
      lines.push(`  ${suggestion.priority}. ${suggestion.title}`);
  }
  if (report.degradedSources.length > 0) {
    lines.push(
      `Degraded sources: ${report.degradedSources.map((source) => `${source.source} (${source.status})`).join(', ')}`,
    );
  }
  lines.push(`Secrets redacted: ${report.redaction.total}`);
  lines.push(`Report: ${files.join(', ')}`, '');
  return lines.join('\n');
}
