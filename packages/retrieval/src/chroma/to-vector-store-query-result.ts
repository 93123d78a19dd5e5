import type { VectorStoreV1Match, VectorStoreV1QueryResult } from '@triagekit/core';
import {
  cosineSimilarityFromDistance,
  relevanceFromCosineSimilarity,
} from './cosine-distance-to-relevance.js';
import { decodeChromaRecord } from './decode-chroma-record.js';

/** The first row of a Chroma query answer (one query embedding was sent). */
export interface ChromaQueryRow {
  readonly ids: readonly string[];
  readonly distances: readonly (number | null)[];
  readonly documents: readonly (string | null)[];
  readonly metadatas: readonly (Readonly<Record<string, unknown>> | null)[];
}

/**
 * Turns Chroma's nearest neighbours into a VectorStoreV1 result: `score` is the cosine similarity,
 * `relevance` the same clamped to [0, 1], matches come best first (ties by id, so results are
 * deterministic), and `confident` is true when the best relevance reaches `minimumRelevance`. Neighbours
 * with no similarity at all (score <= 0, e.g. an empty text's zero vector) are left out, as
 * `InMemoryVectorStoreV1` does; records that cannot be fully decoded are kept, with a warning.
 */
export function toVectorStoreQueryResult(
  row: ChromaQueryRow,
  options: { readonly topK: number; readonly minimumRelevance: number },
): VectorStoreV1QueryResult {
  const warnings: string[] = [];
  const matches: VectorStoreV1Match[] = [];
  row.ids.forEach((id, index) => {
    const distance = row.distances[index];
    if (typeof distance !== 'number' || !Number.isFinite(distance)) {
      warnings.push(`Chroma returned record "${id}" without a usable distance; left out.`);
      return;
    }
    const score = cosineSimilarityFromDistance(distance);
    if (score <= 0) return;
    const decoded = decodeChromaRecord({ id, text: row.documents[index], metadata: row.metadatas[index] });
    warnings.push(...decoded.warnings);
    matches.push({ document: decoded.document, score, relevance: relevanceFromCosineSimilarity(score) });
  });
  matches.sort((left, right) => right.score - left.score || compareIds(left.document.id, right.document.id));
  const kept = matches.slice(0, options.topK);
  const best = kept[0];
  return {
    matches: kept,
    confident: best !== undefined && best.relevance >= options.minimumRelevance,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

// Code-unit order rather than localeCompare, so ties sort the same under every locale.
function compareIds(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
