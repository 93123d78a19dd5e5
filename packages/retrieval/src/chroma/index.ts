export { checkChromaServerVersion, MINIMUM_CHROMA_SERVER_VERSION } from './check-chroma-server-version.js';
export {
  CHROMA_LIST_KEY_PREFIX,
  CHROMA_MEMBERSHIP_KEY_PREFIX,
  CHROMA_TITLE_KEY,
  chromaListKey,
  chromaMembershipKey,
  RESERVED_METADATA_KEY_PREFIXES,
} from './chroma-metadata-keys.js';
export type { ChromaVectorStore } from './chroma-vector-store.js';
export {
  type ChromaVectorStoreOptions,
  DEFAULT_CHROMA_BATCH_SIZE,
  DEFAULT_CHROMA_DATABASE,
  DEFAULT_CHROMA_MINIMUM_RELEVANCE,
  DEFAULT_CHROMA_RETRIES,
  DEFAULT_CHROMA_RETRY_DELAY_MS,
  DEFAULT_CHROMA_STORE_ID,
  DEFAULT_CHROMA_TENANT,
  DEFAULT_CHROMA_TIMEOUT_MS,
  DEFAULT_CHROMA_URL,
} from './chroma-vector-store-options.js';
export {
  cosineSimilarityFromDistance,
  relevanceFromCosineSimilarity,
} from './cosine-distance-to-relevance.js';
export { createChromaVectorStore } from './create-chroma-vector-store.js';
export { type ChromaRecord, type DecodedChromaRecord, decodeChromaRecord } from './decode-chroma-record.js';
export {
  type ChromaCollectionNameParts,
  deriveChromaCollectionName,
} from './derive-chroma-collection-name.js';
export {
  type ChromaMetadata,
  type EncodedChromaMetadata,
  encodeChromaMetadata,
} from './encode-chroma-metadata.js';
export { type ChromaWhereFilter, metadataFilterToWhere } from './metadata-filter-to-where.js';
export {
  validateChromaCollectionBaseName,
  validateChromaCollectionName,
} from './validate-chroma-collection-name.js';
