import { CO_OCCURRING_LABEL } from '../../schema/finding.js';
import type { TriageReport } from '../../schema/triage-report.js';
import { citeEvidenceHtml, escapeHtml, escapeShortened, evidenceAnchor, formatUtc } from './escape-html.js';

function emptyNote(text: string): string {
  return `<p class="note">${escapeHtml(text)}</p>`;
}

function table(headers: readonly string[], rows: readonly string[]): string {
  return `<table><thead><tr>${headers.map((header) => `<th>${header}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** Answer 1: which services are affected, and why. */
export function affectedServicesHtml(report: TriageReport): string {
  if (report.affectedServices.length === 0) return emptyNote('No affected service could be identified.');
  return `<ol>${report.affectedServices
    .slice(0, 10)
    .map(
      (finding) =>
        `<li><strong>${escapeHtml(finding.service)}</strong> <span class="meta">score ${finding.score.toFixed(2)}</span> — ${finding.reasons.map((reason) => escapeHtml(reason)).join('; ')} ${citeEvidenceHtml(finding.evidenceIds)}</li>`,
    )
    .join('')}</ol>`;
}

/** Answer 2: the sequence of events, oldest first. */
export function sequenceOfEventsHtml(report: TriageReport): string {
  if (report.timeline.length === 0) return emptyNote('Nothing notable was recorded in the window.');
  const rows = report.timeline
    .slice(0, 60)
    .map(
      (entry) =>
        `<tr><td>${formatUtc(entry.time)}</td><td>${escapeHtml(entry.entryKind)}</td><td>${escapeShortened(entry.title, 240)}</td><td>${citeEvidenceHtml(entry.evidenceIds, 1)}</td></tr>`,
    );
  const more =
    report.timeline.length > 60
      ? emptyNote(`and ${report.timeline.length - 60} more entries in report.json`)
      : '';
  return table(['when', 'kind', 'what', 'evidence'], rows) + more;
}

/** Answer 3: the error patterns, with counts and first/last seen. */
export function errorPatternsHtml(report: TriageReport): string {
  if (report.errorPatterns.length === 0) return emptyNote('No error or warning lines were found.');
  const rows = report.errorPatterns.slice(0, 25).map((pattern) => {
    const flags = [
      pattern.novel ? 'new' : '',
      (pattern.burstScore ?? 0) >= 3 ? `burst ×${pattern.burstScore}` : '',
    ]
      .filter((flag) => flag !== '')
      .join(' · ');
    return `<tr><td class="number">${pattern.count}</td><td><span class="badge ${pattern.severity}">${pattern.severity}</span> ${escapeHtml(flags)}</td><td>${escapeHtml(pattern.services.join(', ') || '—')}</td><td>${formatUtc(pattern.firstSeen)}</td><td>${formatUtc(pattern.lastSeen)}</td><td><code>${escapeShortened(pattern.template, 300)}</code></td><td>${citeEvidenceHtml(pattern.evidenceIds, 1)}</td></tr>`;
  });
  const more =
    report.errorPatterns.length > 25
      ? emptyNote(`and ${report.errorPatterns.length - 25} more patterns in report.json`)
      : '';
  return (
    table(['count', 'severity', 'services', 'first seen', 'last seen', 'pattern', 'example'], rows) + more
  );
}

/** Answer 4: where to look next. Text for a human; nothing here is executed. */
export function suggestionsHtml(report: TriageReport): string {
  if (report.suggestions.length === 0)
    return emptyNote('The evidence does not point anywhere in particular.');
  return `<ol>${report.suggestions
    .map(
      (suggestion) =>
        `<li><strong>${escapeShortened(suggestion.title, 200)}</strong> — ${escapeShortened(suggestion.detail, 600)} ${citeEvidenceHtml(suggestion.evidenceIds)}</li>`,
    )
    .join('')}</ol>`;
}

/** Changes near the onset, every one labelled co-occurring. */
export function changesHtml(report: TriageReport): string {
  if (report.changes.length === 0) return emptyNote('No change was recorded in the window.');
  const rows = report.changes.slice(0, 15).map((change) => {
    const before =
      change.minutesBeforeOnset >= 0
        ? `${change.minutesBeforeOnset.toFixed(1)} min before`
        : `${(-change.minutesBeforeOnset).toFixed(1)} min after`;
    return `<tr><td>${formatUtc(change.time)}</td><td>${escapeHtml(change.service ?? '—')}${change.touchesAffectedService ? ' <span class="meta">(affected)</span>' : ''}</td><td>${before}</td><td>${escapeShortened(change.title, 240)}</td><td>${citeEvidenceHtml(change.evidenceIds, 1)}</td></tr>`;
  });
  return `<p class="co-occurring">Every change here is ${escapeHtml(CO_OCCURRING_LABEL)}: it happened near the onset; a human decides whether it matters.</p>${table(['when', 'service', 'onset', 'change', 'evidence'], rows)}`;
}

/** Runbooks and past post-mortems, or an honest "no runbook found". */
export function runbooksHtml(report: TriageReport): string {
  if (report.runbooks === null) return emptyNote('No knowledge base configured.');
  if (!report.runbooks.confident || report.runbooks.matches.length === 0)
    return emptyNote(
      'No runbook found: nothing in the knowledge base fits this incident well enough to show.',
    );
  return `<ol>${report.runbooks.matches
    .map((match) => {
      const title =
        match.url === null
          ? escapeHtml(match.title)
          : `<a href="${escapeHtml(match.url)}">${escapeHtml(match.title)}</a>`;
      return `<li><strong>${title}</strong> <span class="meta">${escapeHtml(match.kind)} · relevance ${match.relevance.toFixed(2)} · ${escapeHtml(match.why)}</span><br><span class="note">${escapeShortened(match.excerpt, 280)}</span></li>`;
    })
    .join('')}</ol>`;
}

const SUMMARY_SECTION_TITLES = {
  affectedServices: 'Affected services',
  sequenceOfEvents: 'Sequence of events',
  errorPatterns: 'Error patterns',
  areasToInvestigate: 'Areas to investigate',
} as const;

function claimsHtml(claims: readonly { text: string; evidenceIds: readonly string[] }[]): string {
  return claims.length === 0
    ? ''
    : `<ul>${claims.map((claim) => `<li>${escapeHtml(claim.text)} ${citeEvidenceHtml(claim.evidenceIds)}</li>`).join('')}</ul>`;
}

/** The LLM summary when there is one (the four answers, each claim cited); otherwise why there is none. */
export function summaryHtml(report: TriageReport): string {
  const summary = report.summary;
  if (summary === null) return emptyNote(report.summaryStatus);
  const overviewCites = summary.overviewEvidenceIds?.length
    ? ` ${citeEvidenceHtml(summary.overviewEvidenceIds)}`
    : '';
  const sections = summary.sections;
  const body =
    sections === undefined
      ? claimsHtml(summary.claims)
      : (Object.keys(SUMMARY_SECTION_TITLES) as (keyof typeof SUMMARY_SECTION_TITLES)[])
          .filter((key) => sections[key].length > 0)
          .map((key) => `<h3>${SUMMARY_SECTION_TITLES[key]}</h3>${claimsHtml(sections[key])}`)
          .join('');
  const rewritten = summary.causalClaimsRewritten
    ? `, ${summary.causalClaimsRewritten} causal claim(s) hedged`
    : '';
  return `<p>${escapeHtml(summary.text)}${overviewCites}</p>${body}<p class="note">Written by ${escapeHtml(summary.providerId)} ${escapeHtml(summary.modelId)} from the findings above; ${summary.droppedClaims} claim(s) without valid citations dropped${rewritten}. AI suggests, humans decide.</p>`;
}

/** Evidence that reads like instructions to a model: flagged, and only ever sent as quoted data. */
export function promptInjectionHtml(report: TriageReport): string {
  const flagged = report.otherFindings.filter((finding) => finding.type === 'prompt-injection');
  if (flagged.length === 0) return '';
  return `<p class="note">These evidence items read like instructions to an AI model. They were treated as data only; check where they came from.</p><ul>${flagged
    .map(
      (finding) =>
        `<li><strong>${escapeHtml(finding.ruleId)}</strong> (${finding.count}×): <code>${escapeShortened(finding.excerpt, 200)}</code> ${citeEvidenceHtml(finding.evidenceIds)}</li>`,
    )
    .join('')}</ul>`;
}

/** Sources that failed, timed out or returned partial data. */
export function degradedSourcesHtml(report: TriageReport): string {
  if (report.degradedSources.length === 0) return emptyNote('Every source answered in full.');
  return table(
    ['source', 'stage', 'status', 'what happened'],
    report.degradedSources.map(
      (source) =>
        `<tr><td>${escapeHtml(source.source)}</td><td>${source.stage}</td><td>${source.status}</td><td>${escapeShortened(source.message, 600)}</td></tr>`,
    ),
  );
}

/** Every cited evidence item, anchored so citations link to it. Already redacted. */
export function evidenceHtml(report: TriageReport): string {
  return report.evidence
    .map(
      (item) =>
        `<details id="${evidenceAnchor(item.id)}"><summary><code>${escapeHtml(item.id)}</code> · ${formatUtc(item.time)} · ${escapeHtml(item.kind)} · ${escapeHtml(item.collectorId)}${item.service === null ? '' : ` · ${escapeHtml(item.service)}`}</summary><pre class="evidence">${escapeShortened(item.text, 4000)}</pre></details>`,
    )
    .join('');
}
