import type { EmbeddingModelV1 } from '@triagekit/core';
import type { ChunkingOptions } from '../chunking/chunk-document.js';
import type { LexicalRankingOptions } from '../ranking/lexical-ranking-options.js';
import type { RelevanceCalibration } from '../ranking/relevance-calibration.js';

/** Options of {@link createEmbeddedVectorStore}. */
export interface EmbeddedVectorStoreOptions {
  /**
   * Directory the store persists to (created on the first write). Without one the store lives in memory
   * and is lost with the process.
   */
  readonly directory?: string;
  /**
   * When false, using a `directory` without a committed store throws `InvalidInputError` instead of
   * starting empty; for readers such as `triagekit search`. Default true.
   */
  readonly createIfMissing?: boolean;
  /**
   * Embeds chunks on upsert and the query on query; vector similarity is then fused with the lexical
   * ranking. Without one (the default) the store ranks lexically, fully offline.
   */
  readonly embeddingModel?: EmbeddingModelV1;
  /** Stable id, no whitespace. Default `'embedded'`. */
  readonly storeId?: string;
  /** Results are `confident` when the best match's relevance reaches this, in [0, 1]. Default 0.5. */
  readonly minimumRelevance?: number;
  /** How documents are cut into chunks. */
  readonly chunking?: ChunkingOptions;
  /** Tuning of the lexical ranking; the defaults are measured in the README. */
  readonly ranking?: LexicalRankingOptions;
  /** How lexical evidence maps to relevance. */
  readonly calibration?: Partial<RelevanceCalibration>;
  /** Weight of the normalised vector similarity added to the lexical score. Default 0.5. */
  readonly vectorWeight?: number;
  /**
   * Cosine similarities mapped linearly onto vector relevance 0 and 1; relevance is the higher of the
   * lexical and the vector relevance. Depends on the model: check it on your own queries.
   * Default `{ floor: 0.3, ceiling: 0.8 }`.
   */
  readonly vectorRelevance?: { readonly floor: number; readonly ceiling: number };
}
