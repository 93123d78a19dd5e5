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
import { InMemoryVectorStoreV1 } from './in-memory-vector-store-v1.js';
import { SyntheticEmbeddingModelV1 } from './synthetic-embedding-model-v1.js';

/** An in-memory store whose query results pass through `distort`, to simulate broken stores. */
class DistortedQueryStore extends InMemoryVectorStoreV1 {
  readonly #distort: (result: VectorStoreV1QueryResult, options: VectorStoreV1QueryOptions) => VectorStoreV1QueryResult;

  constructor(distort: (result: VectorStoreV1QueryResult, options: VectorStoreV1QueryOptions) => VectorStoreV1QueryResult) {
    super();
    this.#distort = distort;
  }

  override async doQuery(options: VectorStoreV1QueryOptions): Promise<VectorStoreV1QueryResult> {
    return this.#distort(await super.doQuery(options), options);
  }
}

describeVectorStoreV1Conformance({ name: 'InMemoryVectorStoreV1 (lexical)', create: () => new InMemoryVectorStoreV1() });

describeVectorStoreV1Conformance({
  name: 'InMemoryVectorStoreV1 (synthetic embeddings)',
  create: () => new InMemoryVectorStoreV1({ storeId: 'embedded', embeddingModel: new SyntheticEmbeddingModelV1() }),
});

describe('vector store conformance checks catch broken stores', () => {
  it('rejects a store declaring another specification version', () => {
    const store = { ...new InMemoryVectorStoreV1(), specificationVersion: 'v2' } as unknown as VectorStoreV1;
    expect(() => checkVectorStoreV1Identity(store)).toThrow(UnsupportedSpecificationVersionError);
  });

  it('rejects a store that ranks the wrong document first', async () => {
    const store = new DistortedQueryStore((result) => ({ ...result, matches: [...result.matches].reverse() }));
    await expect(checkVectorStoreV1FindsMatchingDocumentFirst(store)).rejects.toThrow('not sorted best first');
  });

  it('rejects relevance outside [0, 1]', async () => {
    const store = new DistortedQueryStore((result) => ({
      ...result,
      matches: result.matches.map((match) => ({ ...match, relevance: match.relevance * 5 + 1 })),
    }));
    await expect(checkVectorStoreV1FindsMatchingDocumentFirst(store)).rejects.toThrow('relevance must be within [0, 1]');
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
    await expect(checkVectorStoreV1UpsertReplaces(new FirstWriteWinsStore())).rejects.toThrow(ConformanceErrorPattern());
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
    const store = new DistortedQueryStore((result) => result);
    const unfiltered = Object.assign(store, {
      doQuery: (options: VectorStoreV1QueryOptions) =>
        InMemoryVectorStoreV1.prototype.doQuery.call(store, { ...options, filter: undefined }),
    });
    await expect(checkVectorStoreV1MetadataFilter(unfiltered)).rejects.toThrow('returned documents it excludes');
  });

  it('rejects a store that treats array metadata as a scalar', async () => {
    const store = new DistortedQueryStore((result) => result);
    const scalarOnly = Object.assign(store, {
      doQuery: async (options: VectorStoreV1QueryOptions) => {
        const result = await InMemoryVectorStoreV1.prototype.doQuery.call(store, { ...options, filter: undefined });
        const filter = options.filter ?? {};
        return {
          ...result,
          matches: result.matches.filter((match) =>
            Object.entries(filter).every(([key, value]) => match.document.metadata[key] === value),
          ),
        };
      },
    });
    await expect(checkVectorStoreV1MetadataFilter(scalarOnly)).rejects.toThrow('membership in array metadata');
  });

  it('rejects a store that is always confident', async () => {
    const store = new DistortedQueryStore((result) => ({ ...result, confident: true }));
    await expect(checkVectorStoreV1NotConfidentForGibberish(store)).rejects.toThrow(
      'was confident about a query of gibberish',
    );
  });
});

/** Any conformance failure message; the exact wording depends on which query notices first. */
function ConformanceErrorPattern(): RegExp {
  return /old text|did not find the replaced document/;
}
