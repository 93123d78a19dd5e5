import type { VectorStoreV1Match, VectorStoreV1QueryResult } from '@triagekit/core';

/** Why a document matched: the evidence its relevance was computed from. */
export interface MatchSignals {
  /** BM25F score of the best chunk (not comparable across queries); 0 when only vectors found it. */
  readonly lexicalScore: number;
  /** Idf-weighted share of the document's title words the query contains, in [0, 1]. */
  readonly titleCoverage: number;
  /** Idf-weighted share of the query's words the document contains, in [0, 1]. */
  readonly queryCoverage: number;
  /** Idf-weighted share of the query's adjacent word pairs the document contains; absent for one-word queries. */
  readonly phraseCoverage?: number;
  /** Best cosine similarity of a chunk to the query; present with an embedding model. */
  readonly vectorSimilarity?: number;
}

/** A match of the embedded store: the stored document, plus the chunk that matched best and why. */
export interface EmbeddedVectorStoreMatch extends VectorStoreV1Match {
  /** The chunk with the highest score: its id (`<document id>#<n>`), position, headings and text. */
  readonly chunk: {
    readonly id: string;
    readonly index: number;
    readonly heading: string;
    readonly text: string;
  };
  /** Query words (stemmed) found in the document, most informative first. */
  readonly matchedTerms: readonly string[];
  readonly signals: MatchSignals;
}

/** {@link VectorStoreV1QueryResult} with the embedded store's richer matches. */
export interface EmbeddedVectorStoreQueryResult extends VectorStoreV1QueryResult {
  readonly matches: readonly EmbeddedVectorStoreMatch[];
}
