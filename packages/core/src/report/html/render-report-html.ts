import type { TriageReport } from '../../schema/triage-report.js';
import { escapeHtml, formatUtc } from './escape-html.js';
import {
  affectedServicesHtml,
  changesHtml,
  degradedSourcesHtml,
  errorPatternsHtml,
  evidenceHtml,
  promptInjectionHtml,
  runbooksHtml,
  sequenceOfEventsHtml,
  suggestionsHtml,
  summaryHtml,
} from './report-html-sections.js';
import { REPORT_HTML_STYLES } from './report-html-styles.js';
import { renderTimelineChartSvg } from './timeline-chart-svg.js';

function card(title: string, body: string): string {
  return `<section class="card"><h2>${escapeHtml(title)}</h2>${body}</section>`;
}

/**
 * Renders a report as one self-contained HTML file: inline styles and an inline SVG timeline chart, no
 * script and no external resource, so it opens offline and under a strict Content-Security-Policy. All
 * report text is escaped (reports carry untrusted log text). Shows the four answers (affected services,
 * sequence of events, error patterns, where to look), the chart of changes, pattern onsets and the alert,
 * changes, runbooks, the summary, degraded sources and every cited evidence item.
 */
export function renderReportHtml(report: TriageReport): string {
  const { alert } = report;
  const budget = report.budget;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(`Triage: ${alert.title}`)}</title>
<style>${REPORT_HTML_STYLES}</style>
</head>
<body>
<header>
<h1>${escapeHtml(alert.title)} <span class="badge ${alert.severity}">${escapeHtml(alert.severity)}</span></h1>
<p class="meta">Alert fired ${formatUtc(alert.startsAt)} · source ${escapeHtml(alert.source)} · window ${formatUtc(report.window.start)} → ${formatUtc(report.window.end)}${report.onset === null ? '' : ` · onset ${formatUtc(report.onset.time)} (${escapeHtml(report.onset.basis)})`} · report ${escapeHtml(report.id)} generated ${formatUtc(report.generatedAt)}</p>
<p class="note">triagekit suggests; a human decides and acts. Nothing in this report was executed against any system.</p>
</header>
<h2>Timeline</h2>
${renderTimelineChartSvg(report)}
<p class="legend note"><span>◆ change</span><span>● pattern onset / event (colour = severity)</span><span>red line: alert</span><span>dashed line: onset</span></p>
<div class="answers">
${card('Affected services', affectedServicesHtml(report))}
${card('Where to look', suggestionsHtml(report))}
</div>
${card('Error patterns', errorPatternsHtml(report))}
${card('Changes near the onset', changesHtml(report))}
${card('Sequence of events', sequenceOfEventsHtml(report))}
<div class="answers">
${card('Runbooks and past incidents', runbooksHtml(report))}
${card('Summary', summaryHtml(report))}
</div>
${promptInjectionHtml(report) === '' ? '' : card('Possible prompt injection in the evidence', promptInjectionHtml(report))}
${card('Degraded sources', degradedSourcesHtml(report))}
<h2>Evidence (${report.evidence.length} items, redacted)</h2>
${evidenceHtml(report)}
<footer class="note"><p>Redaction: ${report.redaction.total} replacement(s) in ${report.redaction.evidenceItemsRedacted} item(s). Collected ${report.stats.collected}, analysed ${report.stats.analyzed}. LLM calls ${budget.llmCalls}, prompt tokens ${budget.promptTokens.used}, cost $${budget.costUsd.used.toFixed(4)}. ${escapeHtml(
    Object.entries(report.provenance.packages)
      .map(([name, version]) => `${name} ${version}`)
      .join(', '),
  )}</p></footer>
</body>
</html>
`;
}
