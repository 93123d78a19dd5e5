import { type InputIssue, InvalidInputError, type StoredDocumentV1 } from '@triagekit/core';
import { type ChromaMetadata, encodeChromaMetadata } from './encode-chroma-metadata.js';

/** A document ready to be written to Chroma. */
export interface ChromaRecordToWrite {
  readonly id: string;
  /** Stored as Chroma's document. */
  readonly text: string;
  readonly metadata: ChromaMetadata;
  /** What is embedded: the title and the text, as `InMemoryVectorStoreV1` does. */
  readonly embeddingText: string;
}

/**
 * Checks and encodes the documents of one `doUpsert`. A later document with the same id replaces an earlier
 * one (Chroma itself rejects duplicate ids in a request).
 * @throws InvalidInputError listing every problem (`documents[3].id: must be a non-empty string`, ...);
 * nothing is written then.
 */
export function prepareChromaRecords(documents: readonly StoredDocumentV1[]): ChromaRecordToWrite[] {
  if (!Array.isArray(documents)) {
    throw new InvalidInputError({
      source: 'documents to upsert',
      issues: [{ path: 'documents', message: 'must be an array of documents' }],
    });
  }
  const issues: InputIssue[] = [];
  const records = new Map<string, ChromaRecordToWrite>();
  documents.forEach((document, index) => {
    const path = `documents[${index}]`;
    if (typeof document !== 'object' || document === null) {
      issues.push({ path, message: 'must be a document object { id, title, text, metadata }' });
      return;
    }
    if (typeof document.id !== 'string' || document.id === '') {
      issues.push({ path: `${path}.id`, message: 'must be a non-empty string (Chroma refuses empty ids)' });
    }
    if (typeof document.text !== 'string') {
      issues.push({ path: `${path}.text`, message: `must be a string, got ${typeof document.text}` });
    }
    const encoded = encodeChromaMetadata(document, path);
    issues.push(...encoded.issues);
    if (typeof document.id === 'string' && typeof document.text === 'string') {
      records.set(document.id, {
        id: document.id,
        text: document.text,
        metadata: encoded.metadata,
        embeddingText: `${document.title}\n${document.text}`,
      });
    }
  });
  if (issues.length > 0) throw new InvalidInputError({ source: 'documents to upsert', issues });
  return [...records.values()];
}
