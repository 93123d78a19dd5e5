/** A document's standing in each ranking; missing means the ranking did not find it. */
export interface FusionCandidate {
  readonly documentIndex: number;
  /** Lexical score relative to the best (about 0–1.2), or undefined. */
  readonly lexical?: number;
  /** Best cosine similarity of its chunks to the query, or undefined. */
  readonly vector?: number;
}

/**
 * Normalised-score fusion: the lexical score (already relative to the best lexical match) plus
 * `vectorWeight` × the cosine similarity min-max normalised over the candidates (1 for the most similar,
 * 0 for the least). Unlike reciprocal-rank fusion it keeps how far apart documents are, so a clear
 * lexical winner is not pulled level with a document that is only a little more similar in vector space.
 * Returns one fused score per candidate, in input order.
 */
export function fuseScores(candidates: readonly FusionCandidate[], vectorWeight: number): number[] {
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate.vector === undefined) continue;
    lowest = Math.min(lowest, candidate.vector);
    highest = Math.max(highest, candidate.vector);
  }
  const spread = highest - lowest;
  return candidates.map((candidate) => {
    const lexical = candidate.lexical ?? 0;
    if (candidate.vector === undefined) return lexical;
    const normalized = spread > 0 ? (candidate.vector - lowest) / spread : 1;
    return lexical + vectorWeight * normalized;
  });
}
