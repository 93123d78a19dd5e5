import { assertSpecificationVersion, type VectorStoreV1 } from '@triagekit/core';
import type { PostmortemDraft } from '../draft/postmortem-draft.js';
import {
  type PostmortemDocumentOptions,
  postmortemDocumentId,
  postmortemToDocuments,
} from './postmortem-to-documents.js';

/** Options of {@link indexPostmortem}. */
export interface IndexPostmortemOptions extends PostmortemDocumentOptions {
  readonly abortSignal?: AbortSignal;
}

/** Chunk ids beyond this many are not cleaned up when a post-mortem shrinks on re-indexing. */
const MAX_STALE_CHUNKS = 50;

/**
 * Upserts a (reviewed) post-mortem into a knowledge base so that the next similar incident retrieves it:
 * see `postmortemToDocuments` for the documents and their metadata (`kind: 'post-mortem'`, `services`,
 * `alerts`, `resolution`, `incidentId`). Re-indexing the same incident replaces its documents, and chunks
 * left over from a longer earlier version are deleted.
 * @returns the ids written.
 * @throws the store's error (nothing is retried here: the store owns its retries); UnsupportedSpecificationVersionError.
 */
export async function indexPostmortem(
  store: VectorStoreV1,
  draft: PostmortemDraft,
  options: IndexPostmortemOptions = {},
): Promise<{ documentIds: string[] }> {
  assertSpecificationVersion(store, 'vector store', 'storeId');
  const documents = postmortemToDocuments(draft, options);
  await store.doUpsert({ documents, abortSignal: options.abortSignal });
  const baseId = postmortemDocumentId(options.incidentId ?? draft.incidentId);
  const stale = Array.from({ length: MAX_STALE_CHUNKS }, (_, index) => index + documents.length + 1).map(
    (chunk) => `${baseId}#${chunk}`,
  );
  await store.doDelete({ ids: stale, abortSignal: options.abortSignal });
  return { documentIds: documents.map((document) => document.id) };
}
