import type { StoredDocumentV1 } from '@triagekit/core';
import type { DocumentChunk } from '../chunking/document-chunk.js';

/** A chunk as the store keeps it: its text, and its vector when the store has an embedding model. */
export interface StoredChunk extends DocumentChunk {
  /** Length `dimensions` of the model that made it; absent without a model. */
  readonly embedding?: Float32Array;
}

/** One document of the store with its chunks. */
export interface StoredEntry {
  /** The document as upserted. */
  readonly document: StoredDocumentV1;
  /** Its chunks, in order. */
  readonly chunks: readonly StoredChunk[];
}

/** The model that embedded a store's chunks; a different model cannot be compared against them. */
export interface EmbeddingModelIdentity {
  readonly providerId: string;
  readonly modelId: string;
  readonly dimensions: number;
}
