import type { StoredDocumentV1 } from '@triagekit/core';
import type { DocumentChunk } from '../chunking/document-chunk.js';
import type { TermKind } from '../text/analyze-text.js';
import type { AnalyzedChunk } from './analyze-chunk-fields.js';

/** A document with its chunks, as handed to `LexicalIndex`. */
export interface IndexedDocument {
  readonly document: StoredDocumentV1;
  /** Its chunks, in order. */
  readonly chunks: readonly DocumentChunk[];
  /** One per chunk, in the same order. */
  readonly analyzed: readonly AnalyzedChunk[];
}

/** One distinct term of a query, with what it weighs. */
export interface LexicalQueryTerm {
  /** The term as indexed (stemmed word, identifier or joined pair). */
  readonly term: string;
  readonly kind: TermKind;
  /** 1, or the value weight for parts of values. */
  readonly weight: number;
  /** Inverse document frequency; the highest possible for a term no document has. */
  readonly idf: number;
  /** Number of documents containing the term. */
  readonly documentFrequency: number;
}

/** How one document scored. */
export interface LexicalDocumentScore {
  /** Position of the document in the index's input. */
  readonly documentIndex: number;
  /**
   * The ranking score: `lexicalScore` relative to the best document's, plus `titleCoverageWeight` ×
   * `titleCoverage` for the first 20 documents.
   */
  readonly score: number;
  /** BM25F score of its best chunk (content plus weighted name score). */
  readonly lexicalScore: number;
  /** Index of that chunk within the document. */
  readonly bestChunk: number;
  /** Idf-weighted share of the document's title words that occur in the query, in [0, 1]. */
  readonly titleCoverage: number;
  /** The query words (stemmed) the document contains, most informative first. Explained documents only. */
  readonly matchedWords: readonly string[];
  /** Σ weight × idf of the matched query words. Explained documents only, else 0. */
  readonly matchedWordWeight: number;
  /** Σ weight of the query phrases found in the document. Explained documents only, else 0. */
  readonly matchedPhraseWeight: number;
}

/** What `LexicalIndex.search` found. */
export interface LexicalSearchResult {
  /** The distinct terms of the query. */
  readonly queryTerms: readonly LexicalQueryTerm[];
  /** Σ weight × idf over the query's words. */
  readonly totalWordWeight: number;
  /** Σ weight over the query's phrases; a phrase weighs the mean idf of its two words. */
  readonly totalPhraseWeight: number;
  /** The documents with a positive score that passed the filter, best first (ties by id), up to `limit`. */
  readonly documents: readonly LexicalDocumentScore[];
}
