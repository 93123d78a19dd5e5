export {
  type ChunkingOptions,
  chunkDocument,
  DEFAULT_MAX_CHUNK_CHARACTERS,
} from './chunking/chunk-document.js';
export type { DocumentChunk } from './chunking/document-chunk.js';
export { DEFAULT_MAX_DOCUMENT_CHARACTERS } from './ingestion/ingestion-limits.js';
export type { IngestionResult, SkippedInput } from './ingestion/ingestion-result.js';
export { type ReadKnowledgeBaseOptions, readKnowledgeBase } from './ingestion/read-knowledge-base.js';
export { parseMarkdownDocument } from './ingestion/read-markdown-document.js';
export {
  createKnowledgeBaseFromDirectory,
  type KnowledgeBaseFromDirectory,
  type KnowledgeBaseFromDirectoryOptions,
} from './knowledge-base/create-knowledge-base-from-directory.js';
export { type RunbookSuggestion, toRunbookSuggestions } from './knowledge-base/to-runbook-suggestions.js';
export {
  DEFAULT_LEXICAL_RANKING,
  type FieldName,
  type LexicalRankingOptions,
  PLAIN_BM25_RANKING,
  type ResolvedLexicalRankingOptions,
} from './ranking/lexical-ranking-options.js';
export {
  DEFAULT_RELEVANCE_CALIBRATION,
  type LexicalRelevanceSignals,
  lexicalRelevance,
  type RelevanceCalibration,
} from './ranking/relevance-calibration.js';
export { createEmbeddedVectorStore } from './store/create-embedded-vector-store.js';
export type {
  EmbeddedVectorStoreMatch,
  EmbeddedVectorStoreQueryResult,
  MatchSignals,
} from './store/embedded-query-result.js';
export { EmbeddedVectorStore } from './store/embedded-vector-store.js';
export type { EmbeddedVectorStoreOptions } from './store/embedded-vector-store-options.js';
export {
  type AnalyzedTerm,
  analyzeText,
  type TermKind,
  type TextAnalysisOptions,
} from './text/analyze-text.js';
export { splitIdentifier } from './text/split-identifier.js';
