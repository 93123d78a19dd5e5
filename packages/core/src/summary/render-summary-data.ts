import { ALERT_EVIDENCE_COLLECTOR_ID } from '../analysis/alert-evidence.js';
import type { Evidence } from '../schema/evidence.js';
import type { TriageReport } from '../schema/triage-report.js';
import { selectTimelineEntries } from './select-timeline-entries.js';
import {
  createSummaryBlockWriter,
  type SummaryCitations,
  type SummaryField,
  type SummaryQuoting,
} from './summary-block-writer.js';
import type { SummaryContextLimits } from './summary-context-limits.js';

/** The data part of the prompt, and what the model may cite. */
export interface SummaryData extends SummaryCitations {
  readonly text: string;
}

function heading(title: string, shown: number, total: number): string {
  return `## ${title}${total > shown ? ` (${shown} of ${total} shown)` : ''}`;
}

/**
 * Renders the report's findings as delimited data blocks, in the order a reader needs them: alert, onset,
 * affected services, sequence of events, error patterns (with sample lines), changes, suggestions, other
 * findings, runbooks. Each block is labelled with the id the model must cite; every quoted value goes through
 * `quoting`. Deterministic: the same report and limits give the same text.
 */
export function renderSummaryData(
  report: TriageReport,
  limits: SummaryContextLimits,
  quoting: SummaryQuoting,
): SummaryData {
  const evidenceById = new Map(report.evidence.map((item) => [item.id, item]));
  const writer = createSummaryBlockWriter(report, quoting, limits.valueCharacters);
  const { block, findingBlock, evidenceBlock, citeEvidence } = writer;
  const parts: string[] = [];

  const alert = report.alert;
  const alertEvidence = report.evidence.find((item) => item.collectorId === ALERT_EVIDENCE_COLLECTOR_ID);
  if (alertEvidence) citeEvidence([alertEvidence.id]);
  parts.push(
    '## Alert',
    block(
      { id: alertEvidence ? quoting.id(alertEvidence.id) : undefined, kind: 'alert', time: alert.startsAt },
      [
        ['title', alert.title],
        ['severity', alert.severity],
        ['source', alert.source],
        [
          'labels',
          Object.entries(alert.labels)
            .map(([key, value]) => `${key}=${value}`)
            .join(', '),
        ],
        ...Object.entries(alert.annotations).map(
          ([key, value]): SummaryField => ['annotation', `${key}: ${value}`],
        ),
      ],
    ),
  );

  if (report.onset) {
    parts.push(
      '## Onset',
      findingBlock(
        report.onset,
        [
          ['basis', report.onset.basis],
          ['title', report.onset.title],
        ],
        report.onset.time,
      ),
    );
  }

  const services = report.affectedServices.slice(0, limits.affectedServices);
  if (services.length > 0) {
    parts.push(
      heading('Affected services, most affected first', services.length, report.affectedServices.length),
    );
    for (const finding of services) {
      parts.push(
        findingBlock(finding, [
          ['service', finding.service],
          ['score', Number(finding.score.toFixed(2))],
          ['reasons', finding.reasons.join('; ')],
        ]),
      );
    }
  }

  const timeline = selectTimelineEntries(report, limits.timelineEntries);
  if (timeline.length > 0) {
    parts.push(heading('Sequence of events, oldest first', timeline.length, report.timeline.length));
    for (const entry of timeline) {
      if (entry.entryKind === 'change') writer.markChange(entry.id);
      parts.push(
        findingBlock(
          entry,
          [
            ['kind', entry.entryKind],
            ['service', entry.service],
            ['severity', entry.severity],
            ['title', entry.title],
          ],
          entry.time,
        ),
      );
    }
  }

  const patterns = report.errorPatterns.slice(0, limits.errorPatterns);
  if (patterns.length > 0) {
    parts.push(
      heading('Error patterns, most severe and frequent first', patterns.length, report.errorPatterns.length),
    );
    for (const pattern of patterns) {
      parts.push(
        findingBlock(pattern, [
          ['template', pattern.template],
          ['count', pattern.count],
          ['severity', pattern.severity],
          ['first seen', pattern.firstSeen],
          ['last seen', pattern.lastSeen],
          ['services', pattern.services.join(', ')],
          ['new since the onset', pattern.novel],
          ['burst score', pattern.burstScore],
        ]),
      );
      const samples = pattern.evidenceIds
        .map((id) => evidenceById.get(id))
        .filter((item): item is Evidence => item !== undefined)
        .slice(0, limits.samplesPerPattern);
      for (const sample of samples)
        parts.push(evidenceBlock(sample, { 'sample-of': quoting.id(pattern.id) }));
    }
  }

  const changes = report.changes.slice(0, limits.changes);
  if (changes.length > 0) {
    parts.push(
      heading(
        'Changes near the onset, ranked; each co-occurred with it, none is proven causal',
        changes.length,
        report.changes.length,
      ),
    );
    for (const change of changes) {
      writer.markChange(change.id);
      // Titles keep a change's first line; the rest (a commit body, a CloudTrail request) can matter too.
      const text = evidenceById.get(change.evidenceIds[0] ?? '')?.text;
      parts.push(
        findingBlock(
          change,
          [
            ['title', change.title],
            ['full text', text !== undefined && !change.title.startsWith(text) ? text : undefined],
            ['service', change.service],
            ['minutes before the onset', Number(change.minutesBeforeOnset.toFixed(1))],
            ['touches an affected service', change.touchesAffectedService],
            ['causality', change.causality],
          ],
          change.time,
        ),
      );
    }
  }

  const suggestions = report.suggestions.slice(0, limits.suggestions);
  if (suggestions.length > 0) {
    parts.push(
      heading(
        'Where the deterministic analysis suggests looking',
        suggestions.length,
        report.suggestions.length,
      ),
    );
    for (const suggestion of suggestions) {
      parts.push(
        findingBlock(suggestion, [
          ['priority', suggestion.priority],
          ['title', suggestion.title],
          ['detail', suggestion.detail],
        ]),
      );
    }
  }

  const eligible = report.otherFindings.filter((finding) => finding.type !== 'prompt-injection');
  const others = eligible.slice(0, limits.otherFindings);
  if (others.length > 0) {
    parts.push(heading('Other findings', others.length, eligible.length));
    for (const finding of others) {
      parts.push(
        findingBlock(finding, [
          ['title', finding.title],
          ['detail', 'detail' in finding && typeof finding.detail === 'string' ? finding.detail : undefined],
        ]),
      );
    }
  }

  const runbooks = report.runbooks;
  if (runbooks !== null) {
    const matches = runbooks.confident ? runbooks.matches.slice(0, limits.runbooks) : [];
    parts.push(
      matches.length > 0
        ? '## Runbooks and past incidents that match (reference material, not evidence: do not cite)'
        : '## Runbooks\nThe knowledge base has no runbook that fits this incident.',
    );
    for (const match of matches) {
      parts.push(
        block({ kind: 'runbook' }, [
          ['title', match.title],
          ['relevance', Number(match.relevance.toFixed(2))],
          [
            'excerpt',
            limits.runbookExcerptCharacters > 0 ? match.excerpt : undefined,
            limits.runbookExcerptCharacters,
          ],
        ]),
      );
    }
  }

  return { text: parts.join('\n'), ...writer.citations() };
}
