import { type EvidenceInput, severityRank } from '@triagekit/core';

/** The evidence kept under `maxItems` and the warning saying what was left out, if anything was. */
export interface SelectedEvidence {
  readonly evidence: EvidenceInput[];
  readonly warning: string | null;
}

function timeOf(item: EvidenceInput): number {
  return item.time instanceof Date ? item.time.getTime() : Date.parse(item.time);
}

/**
 * Keeps at most `maxItems` items: changes (rollouts) first, as they are few and what triage asks for
 * first; then the most severe; then the newest. The kept items stay in their input order. Deterministic.
 */
export function selectWithinMaxItems(items: readonly EvidenceInput[], maxItems: number): SelectedEvidence {
  const capacity = Math.max(0, Math.floor(maxItems));
  if (items.length <= capacity) return { evidence: [...items], warning: null };
  const ranked = items
    .map((item, index) => ({
      index,
      kindRank: item.kind === 'change' ? 0 : 1,
      severity: severityRank(item.severity ?? 'unknown'),
      time: timeOf(item),
    }))
    .sort(
      (a, b) => a.kindRank - b.kindRank || a.severity - b.severity || b.time - a.time || a.index - b.index,
    )
    .slice(0, capacity)
    .map((entry) => entry.index)
    .sort((a, b) => a - b);
  return {
    evidence: ranked.map((index) => items[index] as EvidenceInput),
    warning:
      `${items.length} items in the window; kept ${capacity} (maxItems): rollouts first, then the most severe, ` +
      'then the newest. Narrow namespaces or the pods whose logs are read to see the rest.',
  };
}
