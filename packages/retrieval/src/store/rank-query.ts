import type { MetadataFilterV1 } from '@triagekit/core';
import { fuseScores } from '../ranking/fuse-scores.js';
import type { LexicalIndex } from '../ranking/lexical-index.js';
import type { LexicalDocumentScore } from '../ranking/lexical-search-result.js';
import {
  lexicalRelevance,
  type RelevanceCalibration,
  vectorRelevance,
} from '../ranking/relevance-calibration.js';
import type { EmbeddedVectorStoreMatch, MatchSignals } from './embedded-query-result.js';
import { matchesFilter } from './matches-filter.js';
import type { StoredEntry } from './stored-entry.js';
import type { VectorIndex } from './vector-index.js';

// Lexical candidates considered for fusion with vector similarity, at least; more when topK asks for more.
const minimumFusionCandidates = 50;

/** What {@link rankQuery} ranks with. */
export interface RankingContext {
  readonly index: LexicalIndex;
  /** The entries in the order the index holds them. */
  readonly entries: readonly StoredEntry[];
  readonly calibration: RelevanceCalibration;
  readonly vectorWeight: number;
  readonly vectorRange: { readonly floor: number; readonly ceiling: number };
  /** The chunk vectors, when the store has a model whose vectors it holds. */
  readonly vectorIndex?: VectorIndex;
}

/**
 * Ranks the entries that pass `filter` for `text`: lexically, and, given `queryEmbedding`, by the best
 * cosine similarity of each document's chunks, fused (see {@link fuseScores}). Relevance is the higher of
 * the calibrated lexical relevance and the vector relevance. Returns at most `topK` matches, best first,
 * ties broken by id.
 */
export function rankQuery(
  context: RankingContext,
  query: {
    readonly text: string;
    readonly topK: number;
    readonly filter?: MetadataFilterV1;
    readonly queryEmbedding?: Float32Array;
  },
): EmbeddedVectorStoreMatch[] {
  const { index, entries } = context;
  if (query.topK === 0) return [];
  const allowDocument =
    query.filter === undefined
      ? undefined
      : (documentIndex: number) => {
          const entry = entries[documentIndex];
          return entry !== undefined && matchesFilter(entry.document, query.filter);
        };
  // Every lexical candidate that could reach the results is explained, so its relevance has all its
  // signals. Without vectors the lexical order is final and only the first topK can.
  const depth =
    query.queryEmbedding === undefined ? query.topK : Math.max(query.topK, minimumFusionCandidates);
  const lexical = index.search(query.text, { allowDocument, explain: depth, limit: depth });
  const byDocument = new Map<
    number,
    { lexical?: LexicalDocumentScore; vector?: number | undefined; chunk?: number }
  >();
  for (const score of lexical.documents) byDocument.set(score.documentIndex, { lexical: score });
  if (query.queryEmbedding !== undefined && context.vectorIndex !== undefined) {
    const vector = context.vectorIndex.search(query.queryEmbedding, { limit: depth, allowDocument });
    for (const match of vector.top) {
      const current = byDocument.get(match.documentIndex) ?? {};
      byDocument.set(match.documentIndex, { ...current, vector: match.similarity, chunk: match.bestChunk });
    }
    // Lexical candidates below the vector top still have a similarity, for fusion and relevance.
    for (const [documentIndex, item] of byDocument) {
      if (item.vector === undefined) item.vector = vector.similarityOf(documentIndex);
    }
  }
  const candidates = [...byDocument.entries()];
  const fused = fuseScores(
    candidates.map(([documentIndex, item]) => ({
      documentIndex,
      lexical: item.lexical?.score,
      vector: item.vector,
    })),
    context.vectorWeight,
  );
  const wordWeight = lexical.totalWordWeight;
  const phraseWeight = lexical.totalPhraseWeight;
  const ranked = candidates
    .map(([documentIndex, item], position) => {
      const lexicalScore = item.lexical;
      const signals: MatchSignals = {
        lexicalScore: lexicalScore?.lexicalScore ?? 0,
        titleCoverage: lexicalScore?.titleCoverage ?? 0,
        queryCoverage: wordWeight > 0 ? (lexicalScore?.matchedWordWeight ?? 0) / wordWeight : 0,
        ...(phraseWeight > 0
          ? { phraseCoverage: (lexicalScore?.matchedPhraseWeight ?? 0) / phraseWeight }
          : {}),
        ...(item.vector !== undefined ? { vectorSimilarity: item.vector } : {}),
      };
      const lexicalPart = lexicalScore
        ? lexicalRelevance(
            {
              titleCoverage: signals.titleCoverage,
              queryCoverage: signals.queryCoverage,
              phraseCoverage: signals.phraseCoverage,
            },
            context.calibration,
          )
        : 0;
      const vectorPart = item.vector !== undefined ? vectorRelevance(item.vector, context.vectorRange) : 0;
      return {
        documentIndex,
        score: fused[position] ?? 0,
        relevance: Math.max(lexicalPart, vectorPart),
        chunkIndex: lexicalScore?.bestChunk ?? item.chunk ?? 0,
        matchedTerms: lexicalScore?.matchedWords ?? [],
        signals,
      };
    })
    .filter((item) => item.score > 0)
    .sort(
      (left, right) =>
        right.score - left.score || compareIds(entries, left.documentIndex, right.documentIndex),
    )
    .slice(0, query.topK);
  return ranked.map((item) => {
    const entry = entries[item.documentIndex] as StoredEntry;
    const chunk = entry.chunks[item.chunkIndex] ?? entry.chunks[0];
    return {
      document: entry.document,
      score: item.score,
      relevance: item.relevance,
      chunk: {
        id: chunk?.id ?? `${entry.document.id}#0`,
        index: chunk?.index ?? 0,
        heading: chunk?.heading ?? '',
        text: chunk?.text ?? '',
      },
      matchedTerms: item.matchedTerms,
      signals: item.signals,
    };
  });
}

function compareIds(entries: readonly StoredEntry[], left: number, right: number): number {
  const leftId = entries[left]?.document.id ?? '';
  const rightId = entries[right]?.document.id ?? '';
  return leftId < rightId ? -1 : leftId > rightId ? 1 : 0;
}
