import type { Evidence } from '../schema/evidence.js';
import type { ErrorPatternFinding, FindingInput, TimelineEntryFinding } from '../schema/finding.js';
import { severityRank } from '../schema/severity.js';
import type { AnalyzerV1 } from '../spec/analyzer-v1.js';

type Entry = Omit<TimelineEntryFinding, 'id' | 'analyzerId'> & { priority: number };

function firstLine(text: string, limit = 200): string {
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > limit ? `${line.slice(0, limit - 1)}…` : line;
}

/**
 * One merged, time-ordered timeline: the alert, every change, the first occurrence of each error
 * pattern, the first warning event of each reason per service, notes and notable metrics. When there
 * are more than `maxEntries` (default 200), the least important entries are left out (alert and changes
 * first, then pattern onsets, then events).
 */
export function createTimelineAnalyzer(options: { maxEntries?: number } = {}): AnalyzerV1 {
  const maxEntries = options.maxEntries ?? 200;
  return {
    specificationVersion: 'v1',
    analyzerId: 'timeline',
    doAnalyze({ evidence, evidenceById, findings }) {
      const entries: Entry[] = [];
      const seenEventKeys = new Set<string>();
      const add = (item: Evidence, entryKind: Entry['entryKind'], title: string, priority: number) => {
        entries.push({
          type: 'timeline-entry',
          title,
          time: item.time,
          service: item.service,
          severity: item.severity,
          entryKind,
          evidenceIds: [item.id],
          priority,
        });
      };
      for (const item of evidence) {
        if (item.kind === 'alert') add(item, 'alert', `Alert fired: ${firstLine(item.text)}`, 0);
        else if (item.kind === 'change')
          add(
            item,
            'change',
            `Change${item.service ? ` (${item.service})` : ''}: ${firstLine(item.text)}`,
            1,
          );
        else if (item.kind === 'note') add(item, 'note', `Note: ${firstLine(item.text)}`, 2);
        else if (item.kind === 'metric' && severityRank(item.severity) <= severityRank('warning'))
          add(item, 'metric', `Metric: ${firstLine(item.text)}`, 3);
        else if (item.kind === 'event' && severityRank(item.severity) <= severityRank('warning')) {
          const key = `${item.service ?? ''}\u0000${String(item.attributes.reason ?? firstLine(item.text, 60))}`;
          if (seenEventKeys.has(key)) continue;
          seenEventKeys.add(key);
          const reason = item.attributes.reason ? `${String(item.attributes.reason)}: ` : '';
          add(
            item,
            'event',
            `Event${item.service ? ` (${item.service})` : ''}: ${reason}${firstLine(item.text)}`,
            3,
          );
        }
      }
      for (const pattern of findings.filter(
        (finding): finding is ErrorPatternFinding => finding.type === 'error-pattern',
      )) {
        const first = evidenceById.get(pattern.evidenceIds[0] as string);
        if (!first) continue;
        // An event already on the timeline needs no second entry as the onset of its own pattern.
        if (entries.some((entry) => entry.evidenceIds[0] === first.id)) continue;
        entries.push({
          type: 'timeline-entry',
          title: `First of ${pattern.count}× ${pattern.severity} pattern${pattern.services.length > 0 ? ` (${pattern.services.join(', ')})` : ''}: ${pattern.template.slice(0, 160)}`,
          time: pattern.firstSeen,
          service: first.service,
          severity: pattern.severity,
          entryKind: 'pattern-onset',
          evidenceIds: [first.id],
          priority: 2,
        });
      }
      const kept =
        entries.length <= maxEntries
          ? entries
          : [...entries]
              .sort((a, b) => a.priority - b.priority || (a.time < b.time ? -1 : a.time > b.time ? 1 : 0))
              .slice(0, maxEntries);
      const ordered: FindingInput[] = kept
        .sort((a, b) =>
          a.time < b.time
            ? -1
            : a.time > b.time
              ? 1
              : a.priority - b.priority || ((a.evidenceIds[0] ?? '') < (b.evidenceIds[0] ?? '') ? -1 : 1),
        )
        .map(({ priority: _priority, ...entry }) => entry);
      const warnings =
        entries.length > maxEntries
          ? [`timeline shortened from ${entries.length} to ${maxEntries} entries`]
          : [];
      return { findings: ordered, warnings };
    },
  };
}
