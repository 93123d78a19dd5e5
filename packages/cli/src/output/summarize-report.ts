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
  /** The LLM summary's overview and claim counts; `null` when there is none (`summaryStatus` says why). */
  readonly summary: {
    readonly providerId: string;
    readonly modelId: string;
    readonly overview: string;
    readonly claims: number;
    readonly droppedClaims: number;
  } | null;
  /** What the LLM summary holds, or exactly why there is none (`report.summaryStatus`). */
  readonly summaryStatus: string;
  /** What the run's LLM calls used; all 0 without a model. */
  readonly llmUsage: {
    readonly calls: number;
    readonly promptTokens: number;
    readonly outputTokens: number;
    readonly costUsd: number;
  };
}

/** The machine-readable outcome of a run, as printed by `--json`. */
export function summarizeReport(report: TriageReport, files: readonly string[]): RunSummary {
  const change = report.changes[0];
  const summary = report.summary;
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
    summary:
      summary === null
        ? null
        : {
            providerId: summary.providerId,
            modelId: summary.modelId,
            overview: summary.text,
            claims: summary.claims.length,
            droppedClaims: summary.droppedClaims,
          },
    summaryStatus: report.summaryStatus,
    llmUsage: {
      calls: report.budget.llmCalls,
      promptTokens: report.budget.promptTokens.used,
      outputTokens: report.budget.outputTokens.used,
      costUsd: report.budget.costUsd.used,
    },
  };
}

/** US dollars with the digits that matter for small amounts: `$0.00123`, `$0.04`, `$0`. */
function formatUsd(amount: number): string {
  if (amount === 0) return '$0';
  const digits = amount < 0.01 ? 6 : 4;
  return `$${amount.toFixed(digits).replace(/\.?0+$/, '')}`;
}

/** The LLM lines of the terminal summary; none when no model was configured. */
function llmLines(report: TriageReport): string[] {
  const attempted =
    report.budget.llmCalls > 0 || report.degradedSources.some((source) => source.stage === 'summarize');
  if (report.summary === null && !attempted) return [];
  const { llmCalls, promptTokens, outputTokens, costUsd } = report.budget;
  const lines =
    report.summary === null
      ? [`LLM summary: ${report.summaryStatus}`]
      : [`LLM summary: ${report.summary.text}`, `  ${report.summaryStatus}`];
  lines.push(
    `  LLM usage: ${llmCalls} call(s), ${promptTokens.used} prompt + ${outputTokens.used} output tokens, ${formatUsd(costUsd.used)}${costUsd.limit === null ? '' : ` of ${formatUsd(costUsd.limit)}`}`,
  );
  return lines;
}

/** A short human summary for the terminal: the answers first, then where the full report is. */
export function formatSummary(report: TriageReport, files: readonly string[]): string {
  const lines: string[] = ['', `Triage: ${report.alert.title}`, ...llmLines(report)];
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
  if (report.runbooks !== null) {
    const best = report.runbooks.matches[0];
    lines.push(
      report.runbooks.confident && best !== undefined
        ? `Runbook: ${best.title} (${best.kind}, relevance ${best.relevance.toFixed(2)}; ${best.why})`
        : 'Runbook: no runbook found in the knowledge base for this incident',
    );
  }
  lines.push(`Secrets redacted: ${report.redaction.total}`);
  lines.push(`Report: ${files.join(', ')}`, '');
  return lines.join('\n');
}
