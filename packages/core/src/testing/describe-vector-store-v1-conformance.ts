import { describe, it } from 'vitest';
import type { VectorStoreV1 } from '../spec/vector-store-v1.js';
import {
  checkVectorStoreV1Delete,
  checkVectorStoreV1FindsMatchingDocumentFirst,
  checkVectorStoreV1Identity,
  checkVectorStoreV1MetadataFilter,
  checkVectorStoreV1NotConfidentForGibberish,
  checkVectorStoreV1RespectsTopK,
  checkVectorStoreV1UpsertReplaces,
} from './checks/vector-store-v1-checks.js';

/** Options of {@link describeVectorStoreV1Conformance}. */
export interface VectorStoreV1ConformanceOptions {
  /** Names the `describe` block. Default `'vector store'`. */
  readonly name?: string;
  /**
   * Returns a new, empty store; called once per test. The tests upsert the six documents of
   * `createSampleRunbookDocuments()` and query, replace, delete and filter them.
   */
  readonly create: () => VectorStoreV1 | Promise<VectorStoreV1>;
  /** Per-test timeout in milliseconds, for remote stores. Default: vitest's. */
  readonly timeoutMs?: number;
}

/**
 * Registers a vitest `describe` block checking that a vector store follows VectorStoreV1 on a small
 * runbook corpus: the matching document ranks first; relevance lies in [0, 1] and matches come best
 * first; `topK` is respected; upserting an id replaces it; `doDelete` counts only existing documents;
 * metadata filters use equality on scalars and membership on arrays; gibberish is not `confident`. Call
 * it at the top level of a test file.
 */
export function describeVectorStoreV1Conformance(options: VectorStoreV1ConformanceOptions): void {
  const { timeoutMs } = options;
  describe(`${options.name ?? 'vector store'} conforms to VectorStoreV1`, () => {
    it(
      'declares specificationVersion "v1" and a storeId without whitespace',
      async () => {
        checkVectorStoreV1Identity(await options.create());
      },
      timeoutMs,
    );
    it(
      'ranks the matching document first, with relevance in [0, 1], best first',
      async () => {
        await checkVectorStoreV1FindsMatchingDocumentFirst(await options.create());
      },
      timeoutMs,
    );
    it(
      'returns at most topK matches',
      async () => {
        await checkVectorStoreV1RespectsTopK(await options.create());
      },
      timeoutMs,
    );
    it(
      'replaces a document upserted again under the same id',
      async () => {
        await checkVectorStoreV1UpsertReplaces(await options.create());
      },
      timeoutMs,
    );
    it(
      'deletes documents and counts only those that existed',
      async () => {
        await checkVectorStoreV1Delete(await options.create());
      },
      timeoutMs,
    );
    it(
      'filters on scalar equality and array membership, all keys matching',
      async () => {
        await checkVectorStoreV1MetadataFilter(await options.create());
      },
      timeoutMs,
    );
    it(
      'is not confident about a query of gibberish',
      async () => {
        await checkVectorStoreV1NotConfidentForGibberish(await options.create());
      },
      timeoutMs,
    );
  });
}
