import type { Evidence } from '../schema/evidence.js';
import { severityRank } from '../schema/severity.js';

/**
 * Chooses which items to keep when there are more than `cap`: the most severe first, then the newest,
 * keeping the input order among those kept. Deterministic.
 */
export function selectWithinCap<T extends Pick<Evidence, 'severity' | 'time'>>(
  items: readonly T[],
  cap: number,
): T[] {
  if (items.length <= cap) return [...items];
  const ranked = items
    .map((item, index) => ({ item, index, time: Date.parse(item.time) }))
    .sort(
      (a, b) =>
        severityRank(a.item.severity) - severityRank(b.item.severity) || b.time - a.time || a.index - b.index,
    );
  const kept = new Set(ranked.slice(0, cap).map((entry) => entry.index));
  return items.filter((_item, index) => kept.has(index));
}
