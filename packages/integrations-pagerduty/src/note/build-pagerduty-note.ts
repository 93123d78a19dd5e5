import { CO_OCCURRING_LABEL, type TriageReport } from '@triagekit/core';
import { plainText } from '../internal/plain-text.js';
import { DEFAULT_MAX_NOTE_LENGTH, DEFAULT_NOTE_ITEMS } from './pagerduty-note-sink-options.js';

/** Options of {@link buildPagerDutyNote}. */
export interface PagerDutyNoteOptions {
  /** Link to the full report (http(s)), written at the end. Default none. */
  readonly reportUrl?: string;
  /** Longest note, in characters. Default 4,000. */
  readonly maxLength?: number;
  /** Items per section. Default 3. */
  readonly maxItems?: number;
}

const ITEM = 240;

function clock(time: string): string {
  return `${time.slice(11, 19)} UTC`;
}

function more(total: number, shown: number): string[] {
  return total > shown ? [`  (+${total - shown} more in the full report)`] : [];
}

function sections(report: TriageReport, items: number): string[][] {
  const { affectedServices, changes, errorPatterns, runbooks } = report;
  const services =
    affectedServices.length === 0
      ? ['Affected services: none identified from the evidence.']
      : [
          'Affected services:',
          ...affectedServices
            .slice(0, items)
            .map((finding, index) =>
              plainText(
                `${index + 1}. ${finding.service} (score ${finding.score.toFixed(2)}): ${finding.reasons.join('; ')}`,
                ITEM,
              ),
            ),
          ...more(affectedServices.length, items),
        ];
  const changeLines =
    changes.length === 0
      ? ['Changes before the onset: none recorded in the window.']
      : [
          `Changes before the onset (${CO_OCCURRING_LABEL}):`,
          ...changes.slice(0, items).map((change) => {
            const when =
              change.minutesBeforeOnset >= 0
                ? `${change.minutesBeforeOnset.toFixed(1)} min before onset`
                : `${(-change.minutesBeforeOnset).toFixed(1)} min after onset`;
            return plainText(
              `- ${clock(change.time)} ${change.service ?? '(no service)'}: ${change.title} [${when}]`,
              ITEM,
            );
          }),
          ...more(changes.length, items),
        ];
  const patterns =
    errorPatterns.length === 0
      ? ['Error patterns: no error or warning lines found.']
      : [
          'Error patterns:',
          ...errorPatterns
            .slice(0, items)
            .map((pattern) =>
              plainText(`- ${pattern.count}x ${pattern.severity}: ${pattern.template}`, ITEM),
            ),
          ...more(errorPatterns.length, items),
        ];
  const matches = runbooks?.confident ? runbooks.matches : [];
  const runbookLines =
    matches.length === 0
      ? [
          runbooks === null
            ? 'Runbooks: no runbook found (no knowledge base configured).'
            : 'Runbooks: no runbook found that fits.',
        ]
      : [
          'Runbooks:',
          ...matches
            .slice(0, items)
            .map((match) =>
              plainText(
                `- ${match.title} (relevance ${match.relevance.toFixed(2)})${match.url ? `: ${match.url}` : ''}`,
                ITEM,
              ),
            ),
        ];
  return [services, changeLines, patterns, runbookLines];
}

function head(report: TriageReport): string[] {
  const { alert, onset, summary } = report;
  return [
    plainText(`triagekit triage: ${alert.title} (${alert.severity})`, 300),
    onset ? plainText(`Onset: ${clock(onset.time)}, ${onset.title}`, ITEM) : 'Onset: unknown',
    ...(summary ? [plainText(`Summary (${summary.modelId}): ${summary.text}`, 700)] : []),
  ];
}

/**
 * The compact plain-text note the PagerDuty sink posts: title and severity, onset, the LLM summary when
 * there is one, then the top affected services, changes before the onset (marked co-occurring, not proven
 * causal), error patterns and runbooks (or "no runbook found"), degraded sources, and the link to the full
 * report. Untrusted text is folded onto single lines and cut. When the note would exceed `maxLength`, whole
 * lines are dropped from the end of the body and a line says the note was cut; the link and the closing
 * line always remain. Deterministic.
 */
export function buildPagerDutyNote(report: TriageReport, options: PagerDutyNoteOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_NOTE_LENGTH;
  const items = options.maxItems ?? DEFAULT_NOTE_ITEMS;
  const degraded = report.degradedSources.map((source) => `${source.source} (${source.status})`);
  const body = [
    ...head(report),
    ...sections(report, items).flatMap((lines) => ['', ...lines]),
    ...(degraded.length > 0 ? ['', plainText(`Degraded sources: ${degraded.join(', ')}`, ITEM)] : []),
  ];
  // A link longer than half the note would crowd out the findings; the report is then left unlinked.
  const link = options.reportUrl && options.reportUrl.length <= maxLength / 2 ? options.reportUrl : undefined;
  const footer = [
    '',
    ...(link ? [`Full report: ${link}`] : []),
    'triagekit suggests; a human decides and acts.',
  ];
  const full = [...body, ...footer].join('\n');
  if (full.length <= maxLength) return full;
  const notice = `[Cut to ${maxLength} characters to keep the note short; the full report has the rest.]`;
  const budget = maxLength - [notice, ...footer].join('\n').length - 1;
  const kept: string[] = [];
  let used = 0;
  for (const line of body) {
    if (used + line.length + 1 > budget) break;
    kept.push(line);
    used += line.length + 1;
  }
  return [...kept, notice, ...footer].join('\n').slice(0, maxLength);
}
