import { stableHash } from '../internal/stable-hash.js';
import type { Evidence } from '../schema/evidence.js';
import type { FindingInput } from '../schema/finding.js';
import { type Severity, severityRank } from '../schema/severity.js';
import type { AnalyzerV1 } from '../spec/analyzer-v1.js';
import { sampleIds } from './format-time.js';

/** Severities that make a log line or event count as an error signal. */
const SIGNAL_SEVERITIES: ReadonlySet<Severity> = new Set(['critical', 'error', 'warning']);

const MASKS: readonly ((text: string) => string)[] = [
  (text) => text.replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<*>'),
  (text) =>
    text.replace(/\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?/g, '<*>'),
  // Hex ids (commit shas, trace ids, pod hashes) mix digits and letters; plain words do not.
  (text) => text.replace(/\b(?:0x)?[0-9a-f]{8,}\b/gi, (match) => (/\d/.test(match) ? '<*>' : match)),
  (text) => text.replace(/\d+(?:\.\d+)?/g, '<*>'),
];

/**
 * The grouping key of a line: its first line with obvious variables (uuids, timestamps, hex ids, numbers)
 * replaced by `<*>`. Exact duplicates after masking form one group.
 */
export function maskVariables(text: string): string {
  const firstLine = text.split('\n', 1)[0] ?? '';
  let masked = firstLine.length > 2000 ? firstLine.slice(0, 2000) : firstLine;
  for (const mask of MASKS) masked = mask(masked);
  return masked.replace(/(?:<\*>[\s.:,/-]*)+<\*>/g, '<*>').trim();
}

interface Group {
  template: string;
  severity: Severity;
  ids: string[];
  services: Set<string>;
  firstSeen: string;
  lastSeen: string;
}

/**
 * Groups error, warning and critical log lines and events whose text is identical once obvious variables
 * are masked, and reports each group with count, first/last seen and services. Most severe and most
 * frequent groups first; at most `maxPatterns` (default 50) — the rest are the least severe and rarest.
 */
export function createErrorGroupingAnalyzer(options: { maxPatterns?: number } = {}): AnalyzerV1 {
  const maxPatterns = options.maxPatterns ?? 50;
  const analyzerId = 'error-grouping';
  return {
    specificationVersion: 'v1',
    analyzerId,
    doAnalyze({ evidence }) {
      const groups = new Map<string, Group>();
      for (const item of evidence as readonly Evidence[]) {
        if ((item.kind !== 'log' && item.kind !== 'event') || !SIGNAL_SEVERITIES.has(item.severity)) continue;
        const template = maskVariables(item.text);
        const key = `${item.kind}\u0000${template}`;
        const group = groups.get(key);
        if (group) {
          group.ids.push(item.id);
          if (item.service) group.services.add(item.service);
          if (severityRank(item.severity) < severityRank(group.severity)) group.severity = item.severity;
          if (item.time > group.lastSeen) group.lastSeen = item.time;
          if (item.time < group.firstSeen) group.firstSeen = item.time;
        } else {
          groups.set(key, {
            template,
            severity: item.severity,
            ids: [item.id],
            services: new Set(item.service ? [item.service] : []),
            firstSeen: item.time,
            lastSeen: item.time,
          });
        }
      }
      const ranked = [...groups.values()].sort(
        (a, b) =>
          severityRank(a.severity) - severityRank(b.severity) ||
          b.ids.length - a.ids.length ||
          (a.template < b.template ? -1 : a.template > b.template ? 1 : 0),
      );
      const findings: FindingInput[] = ranked.slice(0, maxPatterns).map((group) => {
        const patternId = `pat_${stableHash([group.template], 12)}`;
        const services = [...group.services].sort();
        return {
          type: 'error-pattern',
          title: `${group.ids.length}× ${group.template.slice(0, 160)}`,
          patternId,
          template: group.template,
          count: group.ids.length,
          firstSeen: group.firstSeen,
          lastSeen: group.lastSeen,
          services,
          severity: group.severity,
          evidenceIds: sampleIds(group.ids, 5),
        };
      });
      return { findings };
    },
  };
}
