import { describe, expect, it } from 'vitest';
import { UnsupportedSpecificationVersionError } from '../errors/unsupported-specification-version-error.js';
import type {
  StoredDocumentV1,
  VectorStoreV1,
  VectorStoreV1QueryOptions,
  VectorStoreV1QueryResult,
} from '../spec/vector-store-v1.js';
import {
  checkVectorStoreV1Delete,
  checkVectorStoreV1FindsMatchingDocumentFirst,
  checkVectorStoreV1Identity,
  checkVectorStoreV1MetadataFilter,
  checkVectorStoreV1NotConfidentForGibberish,
  checkVectorStoreV1RespectsTopK,
  checkVectorStoreV1UpsertReplaces,
} from './checks/vector-store-v1-checks.js';
import { describeVectorStoreV1Conformance } from './describe-vector-store-v1-conformance.js';
import { InMemoryVectorStoreV1, type InMemoryVectorStoreV1Options } from './in-memory-vector-store-v1.js';
import { SyntheticEmbeddingModelV1 } from './synthetic-embedding-model-v1.js';

/** An in-memory store whose query results pass through `distort`, to simulate broken stores. */
class DistortedQueryStore extends InMemoryVectorStoreV1 {
  readonly #distort: (
    result: VectorStoreV1QueryResult,
    options: VectorStoreV1QueryOptions,
  ) => VectorStoreV1QueryResult;

  constructor(
    distort: (
      result: VectorStoreV1QueryResult,
      options: VectorStoreV1QueryOptions,
    ) => VectorStoreV1QueryResult,
    options: InMemoryVectorStoreV1Options = {},
  ) {
    super(options);
    this.#distort = distort;
  }

  override async doQuery(options: VectorStoreV1QueryOptions): Promise<VectorStoreV1QueryResult> {
    return this.#distort(await super.doQuery(options), options);
  }
}

describeVectorStoreV1Conformance({
  name: 'InMemoryVectorStoreV1 (lexical)',
  create: () => new InMemoryVectorStoreV1(),
});

// Explicit 256 dimensions: fewer would let hash collisions give gibberish a relevance near 0.3.
describeVectorStoreV1Conformance({
  name: 'InMemoryVectorStoreV1 (synthetic embeddings)',
  create: () =>
    new InMemoryVectorStoreV1({
      storeId: 'embedded',
      embeddingModel: new SyntheticEmbeddingModelV1({ dimensions: 256 }),
    }),
});

describe('vector store conformance checks catch broken stores', () => {
  it('rejects a store declaring another specification version', () => {
    const store = { ...new InMemoryVectorStoreV1(), specificationVersion: 'v2' } as unknown as VectorStoreV1;
    expect(() => checkVectorStoreV1Identity(store)).toThrow(UnsupportedSpecificationVersionError);
  });

  // Embeddings give every document some similarity, so there are several matches to put in the wrong order.
  const embedded = { embeddingModel: new SyntheticEmbeddingModelV1({ dimensions: 256 }) };

  it('rejects a store that ranks the wrong document first', async () => {
    const store = new DistortedQueryStore(
      (result) => ({
        ...result,
        matches: [...result.matches].reverse().map((match, index) => ({ ...match, score: 1 - index / 10 })),
      }),
      embedded,
    );
    await expect(checkVectorStoreV1FindsMatchingDocumentFirst(store)).rejects.toThrow(
      /ranked "(?!runbook-disk-full)[^"]+" first for a query about a full disk/,
    );
  });

  it('rejects matches that are not sorted best first', async () => {
    const store = new DistortedQueryStore(
      (result) => ({ ...result, matches: [...result.matches].reverse() }),
      embedded,
    );
    await expect(checkVectorStoreV1FindsMatchingDocumentFirst(store)).rejects.toThrow(
      'not sorted best first',
    );
  });

  it('rejects relevance outside [0, 1]', async () => {
    const store = new DistortedQueryStore((result) => ({
      ...result,
      matches: result.matches.map((match) => ({ ...match, relevance: match.relevance * 5 + 1 })),
    }));
    await expect(checkVectorStoreV1FindsMatchingDocumentFirst(store)).rejects.toThrow(
      'relevance must be within [0, 1]',
    );
  });

  it('rejects a store that ignores topK', async () => {
    const store = new DistortedQueryStore((result, options) => ({
      ...result,
      matches: [...result.matches, ...result.matches].slice(0, options.topK + 1),
    }));
    await expect(checkVectorStoreV1RespectsTopK(store)).rejects.toThrow('return at most topK');
  });

  it('rejects a store that keeps duplicates of an upserted id', async () => {
    const store = new DistortedQueryStore((result) => ({
      ...result,
      matches: result.matches.flatMap((match) => [match, match]),
    }));
    await expect(checkVectorStoreV1UpsertReplaces(store)).rejects.toThrow('upsert must replace');
  });

  it('rejects a store that keeps the old text of an upserted id', async () => {
    class FirstWriteWinsStore extends InMemoryVectorStoreV1 {
      readonly #seen = new Set<string>();
      override async doUpsert(options: { readonly documents: readonly StoredDocumentV1[] }) {
        const fresh = options.documents.filter((document) => !this.#seen.has(document.id));
        for (const document of fresh) this.#seen.add(document.id);
        await super.doUpsert({ documents: fresh });
        return { upserted: options.documents.length };
      }
    }
    await expect(checkVectorStoreV1UpsertReplaces(new FirstWriteWinsStore())).rejects.toThrow(
      'still returns the old text of "runbook-disk-full"',
    );
  });

  it('rejects a store that counts unknown ids as deleted', async () => {
    class GenerousDeleteStore extends InMemoryVectorStoreV1 {
      override async doDelete(options: { readonly ids: readonly string[] }) {
        await super.doDelete(options);
        return { deleted: options.ids.length };
      }
    }
    await expect(checkVectorStoreV1Delete(new GenerousDeleteStore())).rejects.toThrow('expected 2');
  });

  it('rejects a store that ignores metadata filters', async () => {
    class FilterBlindStore extends InMemoryVectorStoreV1 {
      override doQuery(options: VectorStoreV1QueryOptions): Promise<VectorStoreV1QueryResult> {
        return super.doQuery({ ...options, filter: undefined });
      }
    }
    await expect(checkVectorStoreV1MetadataFilter(new FilterBlindStore())).rejects.toThrow(
      'returned documents it excludes',
    );
  });

  it('rejects a store that compares array metadata as a whole instead of by membership', async () => {
    class ScalarOnlyFilterStore extends InMemoryVectorStoreV1 {
      override async doQuery(options: VectorStoreV1QueryOptions): Promise<VectorStoreV1QueryResult> {
        const result = await super.doQuery({ ...options, filter: undefined });
        const filter = options.filter ?? {};
        const matches = result.matches.filter((match) =>
          Object.entries(filter).every(([key, value]) => match.document.metadata[key] === value),
        );
        return { ...result, matches };
      }
    }
    await expect(checkVectorStoreV1MetadataFilter(new ScalarOnlyFilterStore())).rejects.toThrow(
      'membership in array metadata',
    );
  });

  it('rejects a store that is always confident', async () => {
    const store = new DistortedQueryStore((result) => ({ ...result, confident: true }));
    await expect(checkVectorStoreV1NotConfidentForGibberish(store)).rejects.toThrow(
      'was confident about a query of gibberish',
    );
  });
});
