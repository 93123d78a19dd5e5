import type { Redactor } from '../redaction/create-redactor.js';
import { createMemoizingRedactor } from '../redaction/memoizing-redactor.js';
import { mergeCounts, redactStringRecord } from '../redaction/redact-record.js';
import { createEvidenceId } from '../schema/create-evidence-id.js';
import type { Evidence, EvidenceInput } from '../schema/evidence.js';
import { normalizeEvidence } from '../schema/normalize-evidence.js';
import type { DegradedSource, RedactionSummary } from '../schema/triage-report.js';
import type { TimeWindow } from '../spec/time-window.js';
import type { CollectorOutcome } from './collect-evidence.js';
import type { EvidenceLimits } from './evidence-limits.js';
import { selectWithinCap } from './select-within-cap.js';

/** Statistics of evidence preparation, as reported in `report.stats`. */
export interface PreparationStats {
  collected: number;
  analyzed: number;
  dropped: { outsideWindow: number; overCap: number; invalid: number };
  truncatedTexts: number;
  byCollector: Record<string, number>;
}

export interface PreparedEvidence {
  readonly evidence: Evidence[];
  readonly stats: PreparationStats;
  readonly redaction: RedactionSummary;
  readonly degraded: DegradedSource[];
}

function truncate(text: string, limit: number): { text: string; truncated: boolean } {
  if (text.length <= limit) return { text, truncated: false };
  return { text: `${text.slice(0, limit)} …[truncated ${text.length - limit} chars]`, truncated: true };
}

/**
 * Turns raw collector output into analysable evidence: validates each item (invalid ones are counted and
 * reported, never fatal), drops items outside the window, applies caps, redacts texts, attributes and
 * links, makes ids unique, and sorts by time then id. Deterministic.
 */
export function prepareEvidence(options: {
  outcomes: readonly CollectorOutcome[];
  window: TimeWindow;
  limits: Required<EvidenceLimits>;
  redactor: Redactor;
}): PreparedEvidence {
  const { window, limits, redactor } = options;
  const start = window.start.getTime();
  const end = window.end.getTime();
  const stats: PreparationStats = {
    collected: 0,
    analyzed: 0,
    dropped: { outsideWindow: 0, overCap: 0, invalid: 0 },
    truncatedTexts: 0,
    byCollector: {},
  };
  const byRule: Record<string, number> = {};
  let redactedItems = 0;
  const degraded: DegradedSource[] = [];
  const all: Evidence[] = [];
  const seenIds = new Map<string, number>();
  // Attribute values repeat across items (file names, formats, namespaces): redact each distinct one once.
  const attributeRedactor = createMemoizingRedactor(redactor, 10_000);

  for (const outcome of options.outcomes) {
    stats.collected += outcome.evidence.length;
    const valid: Evidence[] = [];
    const withOwnId = new Set<Evidence>();
    const invalidMessages: string[] = [];
    let invalidCount = 0;
    outcome.evidence.forEach((input: EvidenceInput, index) => {
      let item: Evidence;
      try {
        item = normalizeEvidence(input, outcome.collectorId);
      } catch (error) {
        stats.dropped.invalid += 1;
        invalidCount += 1;
        if (invalidMessages.length < 3)
          invalidMessages.push(`item ${index}: ${(error as Error).message.replace(/\n\s*/g, ' ')}`);
        return;
      }
      const time = Date.parse(item.time);
      if (time < start || time > end) {
        stats.dropped.outsideWindow += 1;
        return;
      }
      if ((input as { id?: unknown }).id !== undefined) withOwnId.add(item);
      valid.push(item);
    });
    const capped = selectWithinCap(valid, limits.maxItemsPerCollector);
    const overCap = valid.length - capped.length;
    stats.dropped.overCap += overCap;
    if (invalidMessages.length > 0 || overCap > 0) {
      const parts = [
        ...(invalidMessages.length > 0
          ? [`${invalidCount} invalid item(s) skipped (${invalidMessages.join('; ')})`]
          : []),
        ...(overCap > 0
          ? [
              `returned ${valid.length} items in the window; kept ${capped.length} (raise limits.maxItemsPerCollector to keep more)`,
            ]
          : []),
      ];
      degraded.push({
        source: outcome.collectorId,
        stage: 'collect',
        status: 'partial',
        message: parts.join('; '),
        errorName: null,
        durationMs: outcome.durationMs,
      });
    }
    for (const item of capped) {
      const textOutcome = redactor.redact(item.text);
      const { text, truncated } = truncate(textOutcome.text, limits.maxTextLength);
      if (truncated) stats.truncatedTexts += 1;
      const attributesOutcome = redactStringRecord(attributeRedactor, item.attributes);
      const attributes: Evidence['attributes'] = {};
      for (const [key, value] of Object.entries(attributesOutcome.record)) {
        attributes[key] = typeof value === 'string' ? truncate(value, limits.maxAttributeLength).text : value;
      }
      let linkTotal = 0;
      const links = item.links.map((link) => {
        const redacted = redactor.redact(link.url);
        linkTotal += redacted.total;
        mergeCounts(byRule, redacted.counts);
        return { label: link.label, url: redacted.text };
      });
      mergeCounts(byRule, textOutcome.counts);
      mergeCounts(byRule, attributesOutcome.counts);
      if (textOutcome.total + attributesOutcome.total + linkTotal > 0) redactedItems += 1;
      // An id hashed from the raw text could confirm a guessed secret: derive it from the redacted text.
      const baseId =
        textOutcome.total > 0 && !withOwnId.has(item)
          ? createEvidenceId({
              collectorId: item.collectorId,
              kind: item.kind,
              time: item.time,
              service: item.service,
              text,
            })
          : item.id;
      const occurrences = (seenIds.get(baseId) ?? 0) + 1;
      seenIds.set(baseId, occurrences);
      const id = occurrences === 1 ? baseId : `${baseId}~${occurrences}`;
      all.push({ ...item, id, text, attributes, links });
    }
    stats.byCollector[outcome.collectorId] = capped.length;
  }

  let evidence = all.sort((a, b) =>
    a.time < b.time ? -1 : a.time > b.time ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  if (evidence.length > limits.maxItemsTotal) {
    const kept = selectWithinCap(evidence, limits.maxItemsTotal);
    stats.dropped.overCap += evidence.length - kept.length;
    degraded.push({
      source: 'pipeline',
      stage: 'collect',
      status: 'partial',
      message: `collectors returned ${evidence.length} items in total; kept ${kept.length} (raise limits.maxItemsTotal to keep more)`,
      errorName: null,
      durationMs: 0,
    });
    evidence = kept;
  }
  stats.analyzed = evidence.length;
  const total = Object.values(byRule).reduce((sum, count) => sum + count, 0);
  return { evidence, stats, redaction: { total, byRule, evidenceItemsRedacted: redactedItems }, degraded };
}
