import { EmbeddedVectorStore } from './embedded-vector-store.js';
import type { EmbeddedVectorStoreOptions } from './embedded-vector-store-options.js';

/**
 * Creates the embedded default knowledge base: a {@link EmbeddedVectorStore} persisted to
 * `options.directory` (crash-safe, atomic commits) or held in memory without one. It ranks offline by
 * default (identifier-aware BM25F with calibrated relevance) and fuses vector similarity when given an
 * `embeddingModel`. Does no I/O until first used.
 * @throws InvalidInputError when an option is invalid, naming it.
 */
export function createEmbeddedVectorStore(options: EmbeddedVectorStoreOptions = {}): EmbeddedVectorStore {
  return new EmbeddedVectorStore(options);
}
