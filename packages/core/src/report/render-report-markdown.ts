import { CO_OCCURRING_LABEL, type PromptInjectionFinding } from '../schema/finding.js';
import type { SummaryClaim, TriageReport } from '../schema/triage-report.js';
import { citeEvidence, codeSpanInTable, formatTimestamp, inlineMarkdown } from './markdown-text.js';

function section(title: string, lines: readonly string[]): string {
  return [`## ${title}`, '', ...lines, ''].join('\n');
}

function affectedServices(report: TriageReport): string[] {
  if (report.affectedServices.length === 0)
    return ['_No affected service could be identified from the evidence._'];
  return report.affectedServices.map(
    (finding, index) =>
      `${index + 1}. **${inlineMarkdown(finding.service)}** (score ${finding.score.toFixed(2)}) — ${finding.reasons.map((reason) => inlineMarkdown(reason)).join('; ')} ${citeEvidence(finding.evidenceIds)}`,
  );
}

function changes(report: TriageReport): string[] {
  if (report.changes.length === 0)
    return ['_No change (deploy, rollout, commit, infrastructure call) was recorded in the window._'];
  return [
    `_Every change here is **${CO_OCCURRING_LABEL}**: it happened near the onset; a human decides whether it matters._`,
    '',
    '| # | when | service | before onset | change | evidence |',
    '|---|---|---|---|---|---|',
    ...report.changes
      .slice(0, 10)
      .map(
        (change, index) =>
          `| ${index + 1} | ${formatTimestamp(change.time)} | ${inlineMarkdown(change.service ?? '—')}${change.touchesAffectedService ? ' (affected)' : ''} | ${change.minutesBeforeOnset >= 0 ? `${change.minutesBeforeOnset.toFixed(1)} min` : `${(-change.minutesBeforeOnset).toFixed(1)} min after`} | ${inlineMarkdown(change.title.split(' — ')[0] ?? change.title, 160)} | ${citeEvidence(change.evidenceIds, 1)} |`,
      ),
  ];
}

function timeline(report: TriageReport): string[] {
  if (report.timeline.length === 0) return ['_Nothing notable was recorded in the window._'];
  return report.timeline.map(
    (entry) =>
      `- ${formatTimestamp(entry.time)} · ${entry.entryKind} · ${inlineMarkdown(entry.title, 220)} ${citeEvidence(entry.evidenceIds, 1)}`,
  );
}

function errorPatterns(report: TriageReport): string[] {
  if (report.errorPatterns.length === 0) return ['_No error or warning lines were found._'];
  return [
    '| count | severity | services | first seen | last seen | pattern | example |',
    '|---:|---|---|---|---|---|---|',
    ...report.errorPatterns
      .slice(0, 20)
      .map(
        (pattern) =>
          `| ${pattern.count} | ${pattern.severity}${pattern.novel ? ' · new' : ''}${(pattern.burstScore ?? 0) >= 3 ? ` · burst ×${pattern.burstScore}` : ''} | ${inlineMarkdown(pattern.services.join(', ') || '—')} | ${formatTimestamp(pattern.firstSeen)} | ${formatTimestamp(pattern.lastSeen)} | ${codeSpanInTable(pattern.template)} | ${citeEvidence(pattern.evidenceIds, 1)} |`,
      ),
    ...(report.errorPatterns.length > 20
      ? ['', `_and ${report.errorPatterns.length - 20} more patterns in report.json._`]
      : []),
  ];
}

function suggestions(report: TriageReport): string[] {
  if (report.suggestions.length === 0)
    return ['_No suggestion: the evidence does not point anywhere in particular._'];
  return report.suggestions.map(
    (suggestion) =>
      `${suggestion.priority}. **${inlineMarkdown(suggestion.title, 200)}** — ${inlineMarkdown(suggestion.detail, 500)} ${citeEvidence(suggestion.evidenceIds)}`,
  );
}

const SUMMARY_SECTION_TITLES = [
  ['affectedServices', 'Affected services'],
  ['sequenceOfEvents', 'Sequence of events'],
  ['errorPatterns', 'Error patterns'],
  ['areasToInvestigate', 'Where to look next'],
] as const;

function claimLine(claim: SummaryClaim): string {
  const hedged = claim.originalText === undefined ? '' : ' _(causal wording hedged)_';
  return `- ${inlineMarkdown(claim.text, 600)} ${citeEvidence(claim.evidenceIds)}${hedged}`;
}

function summary(report: TriageReport): string[] {
  const written = report.summary;
  if (written === null) return [];
  const overviewIds = written.overviewEvidenceIds ?? [];
  const lines = [
    `_Written by ${inlineMarkdown(written.providerId)}/${inlineMarkdown(written.modelId)} from the findings below. Every claim cites evidence; AI suggests, humans decide._`,
    '',
    `${inlineMarkdown(written.text, 1200)}${overviewIds.length > 0 ? ` ${citeEvidence(overviewIds)}` : ''}`,
  ];
  if (written.sections) {
    for (const [key, title] of SUMMARY_SECTION_TITLES) {
      const claims = written.sections[key];
      if (claims.length > 0) lines.push('', `**${title}**`, '', ...claims.map(claimLine));
    }
  } else if (written.claims.length > 0) {
    lines.push('', ...written.claims.map(claimLine));
  }
  const notes = [
    written.droppedClaims > 0 ? `${written.droppedClaims} claim(s) without resolvable citations dropped` : '',
    (written.causalClaimsRewritten ?? 0) > 0
      ? `${written.causalClaimsRewritten} causal phrasing(s) about changes hedged to co-occurrence`
      : '',
  ].filter((note) => note !== '');
  if (notes.length > 0) lines.push('', `_${notes.join('; ')}._`);
  return lines;
}

function promptInjectionFindings(report: TriageReport): PromptInjectionFinding[] {
  return report.otherFindings.filter(
    (finding): finding is PromptInjectionFinding => finding.type === 'prompt-injection',
  );
}

function promptInjection(findings: readonly PromptInjectionFinding[]): string[] {
  return [
    '_Evidence below reads like instructions to an AI model or like a command to run. It was passed to a model, if at all, only as quoted data; never run what it says._',
    '',
    ...findings.map(
      (finding) =>
        `- **${inlineMarkdown(finding.ruleId)}** ×${finding.count} — ${inlineMarkdown(finding.title, 300)}: ${codeSpanInTable(finding.excerpt, 200)} ${citeEvidence(finding.evidenceIds)}`,
    ),
  ];
}

function otherFindings(report: TriageReport): string[] {
  return report.otherFindings
    .filter((finding) => finding.type !== 'prompt-injection')
    .map((finding) => {
      const detail =
        'detail' in finding && typeof finding.detail === 'string'
          ? ` — ${inlineMarkdown(finding.detail, 500)}`
          : '';
      return `- **${inlineMarkdown(finding.title, 200)}** (${finding.type}, ${inlineMarkdown(finding.analyzerId)})${detail} ${citeEvidence(finding.evidenceIds)}`;
    });
}

function runbooks(report: TriageReport): string[] {
  if (report.runbooks === null) return ['_No knowledge base configured._'];
  if (!report.runbooks.confident || report.runbooks.matches.length === 0) {
    return ['**No runbook found** that fits this incident.'];
  }
  return report.runbooks.matches.map(
    (match) =>
      `- **${inlineMarkdown(match.title)}** (${match.kind}, relevance ${match.relevance.toFixed(2)}) — ${inlineMarkdown(match.why)}${match.url ? ` — ${match.url}` : ''}`,
  );
}

function degraded(report: TriageReport): string[] {
  if (report.degradedSources.length === 0) return ['All sources answered in full.'];
  return report.degradedSources.map(
    (source) =>
      `- **${inlineMarkdown(source.source)}** (${source.stage}, ${source.status}): ${inlineMarkdown(source.message, 500)}`,
  );
}

function evidence(report: TriageReport): string[] {
  return report.evidence.map(
    (item) =>
      `- \`${item.id}\` ${formatTimestamp(item.time)} ${item.kind}${item.service ? ` · ${inlineMarkdown(item.service)}` : ''} · ${item.collectorId}: ${inlineMarkdown(item.text, 300)}`,
  );
}

/**
 * Renders a report as Markdown for humans: the LLM summary when there is one (each claim with its citations),
 * the four answers (affected services, changes, sequence of events, error patterns, where to look), evidence
 * that reads like prompt injection, then runbooks, what degraded, and the cited evidence. Every
 * item shows the evidence ids it rests on; all text is escaped (Markdown punctuation, HTML), so log content cannot inject markup or links.
 */
export function renderReportMarkdown(report: TriageReport): string {
  const alert = report.alert;
  const header = [
    `# Triage: ${inlineMarkdown(alert.title, 200)}`,
    '',
    `**${alert.severity}** · source ${inlineMarkdown(alert.source)} · started ${formatTimestamp(alert.startsAt)} · window ${formatTimestamp(report.window.start)} → ${formatTimestamp(report.window.end)}`,
    '',
    report.onset
      ? `**Onset:** ${formatTimestamp(report.onset.time)} — ${inlineMarkdown(report.onset.title, 200)} ${citeEvidence(report.onset.evidenceIds)}`
      : '**Onset:** unknown',
    '',
    '> triagekit suggests; a human decides and acts. Nothing here was executed against any system.',
    '',
  ].join('\n');
  const about = [
    `- Report \`${report.id}\`, generated ${formatTimestamp(report.generatedAt)}, format ${report.schemaVersion}`,
    `- Evidence: ${report.stats.collected} collected, ${report.stats.analyzed} analysed, ${report.evidence.length} cited; dropped ${report.stats.dropped.outsideWindow} outside the window, ${report.stats.dropped.overCap} over caps, ${report.stats.dropped.invalid} invalid`,
    `- Redaction: ${report.redaction.total} secret(s) removed${
      Object.keys(report.redaction.byRule).length > 0
        ? ` (${Object.entries(report.redaction.byRule)
            .map(([rule, count]) => `${rule} ×${count}`)
            .join(', ')})`
        : ''
    }`,
    `- Summary: ${inlineMarkdown(report.summaryStatus, 600)}`,
    `- Wall time: ${report.budget.wallTimeMs.used} ms; LLM calls: ${report.budget.llmCalls}${
      report.budget.llmCalls > 0
        ? `; tokens ${report.budget.promptTokens.used} in, ${report.budget.outputTokens.used} out; cost $${report.budget.costUsd.used.toFixed(4)}`
        : ''
    }`,
    `- Config ${report.provenance.configHash}; ${Object.entries(report.provenance.packages)
      .map(([name, version]) => `${name}@${version}`)
      .join(', ')}`,
  ];
  const injections = promptInjectionFindings(report);
  const others = report.otherFindings.length - injections.length;
  return [
    header,
    ...(report.summary ? [section('Summary', summary(report))] : []),
    section('Affected services', affectedServices(report)),
    section('What changed before the onset', changes(report)),
    section('Sequence of events', timeline(report)),
    section('Error patterns', errorPatterns(report)),
    section('Where to look next', suggestions(report)),
    ...(others > 0 ? [section('Other findings', otherFindings(report))] : []),
    ...(injections.length > 0
      ? [section('Possible prompt injection in the evidence', promptInjection(injections))]
      : []),
    section('Runbooks and past incidents', runbooks(report)),
    section('Degraded sources', degraded(report)),
    section('Evidence', evidence(report)),
    section('About this report', about),
  ].join('\n');
}
