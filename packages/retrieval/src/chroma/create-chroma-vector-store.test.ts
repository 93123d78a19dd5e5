import {
  type EmbeddingModelV1,
  InvalidInputError,
  UnsupportedSpecificationVersionError,
} from '@triagekit/core';
import { SyntheticEmbeddingModelV1 } from '@triagekit/core/testing';
import { ChromaClient } from 'chromadb';
import { describe, expect, it } from 'vitest';
import type { ChromaVectorStoreOptions } from './chroma-vector-store-options.js';
import { createChromaVectorStore } from './create-chroma-vector-store.js';

const embeddingModel = new SyntheticEmbeddingModelV1();

function invalid(options: Partial<ChromaVectorStoreOptions>): InvalidInputError {
  try {
    createChromaVectorStore({
      collection: 'runbooks',
      embeddingModel,
      ...options,
    } as ChromaVectorStoreOptions);
  } catch (error) {
    expect(InvalidInputError.isInstance(error)).toBe(true);
    return error as InvalidInputError;
  }
  throw new Error('expected an InvalidInputError');
}

describe('createChromaVectorStore', () => {
  it('derives the collection from the base name and the model, and makes no request yet', () => {
    const store = createChromaVectorStore({ collection: 'runbooks', embeddingModel });
    expect(store).toMatchObject({
      specificationVersion: 'v1',
      storeId: 'chroma',
      collectionName: 'runbooks-synthetic-synthetic-hash-256',
      url: 'http://localhost:8000',
      minimumRelevance: 0.3,
    });
  });

  it('uses the name verbatim when asked to', () => {
    const store = createChromaVectorStore({
      url: 'https://chroma.example.com',
      collection: 'team.runbooks',
      deriveCollectionName: false,
      embeddingModel,
      storeId: 'kb',
    });
    expect(store).toMatchObject({
      collectionName: 'team.runbooks',
      storeId: 'kb',
      url: 'https://chroma.example.com:443',
    });
  });

  it('names every invalid option at once', () => {
    const error = invalid({
      url: 'http://host:8000/prefix',
      collection: 'run books',
      batchSize: 0,
      timeoutMs: -1,
      retries: 1.5,
      retryDelayMs: -5,
      minimumRelevance: 2,
      storeId: 'my store',
    });
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(
      [
        'batchSize',
        'collection',
        'minimumRelevance',
        'retries',
        'retryDelayMs',
        'storeId',
        'timeoutMs',
        'url',
      ].sort(),
    );
    expect(error.message).toMatch(/^Invalid Chroma vector store options:/);
  });

  it('checks a verbatim collection name against all of Chroma’s rules', () => {
    expect(invalid({ collection: 'ab', deriveCollectionName: false }).issues[0]?.message).toMatch(
      /3 to 512 characters/,
    );
    expect(invalid({ collection: 'runbooks-', deriveCollectionName: false }).issues[0]?.message).toMatch(
      /start and end with a letter or digit/,
    );
  });

  it('refuses url, headers, tenant or database next to a supplied client', () => {
    const error = invalid({
      client: new ChromaClient(),
      url: 'http://localhost:8000',
      tenant: 't',
      headers: {},
    });
    expect(error.issues.map((issue) => issue.path)).toEqual(['url', 'headers', 'tenant']);
  });

  it('requires an embedding model of specification v1 with sane sizes', () => {
    expect(invalid({ embeddingModel: undefined }).issues[0]?.path).toBe('embeddingModel');
    const model = (overrides: Partial<EmbeddingModelV1> | Record<string, unknown>): EmbeddingModelV1 =>
      ({
        specificationVersion: 'v1',
        providerId: 'test',
        modelId: 'm',
        dimensions: 8,
        maxEmbeddingsPerCall: 10,
        doEmbed: async () => ({ embeddings: [] }),
        ...overrides,
      }) as EmbeddingModelV1;
    expect(() =>
      createChromaVectorStore({
        collection: 'runbooks',
        embeddingModel: model({ specificationVersion: 'v2' }),
      }),
    ).toThrow(UnsupportedSpecificationVersionError);
    expect(
      invalid({ embeddingModel: model({ dimensions: 0, maxEmbeddingsPerCall: 0 }) }).issues.map(
        (issue) => issue.path,
      ),
    ).toEqual(['embeddingModel.dimensions', 'embeddingModel.maxEmbeddingsPerCall']);
  });

  it('rejects bad query input before any request', async () => {
    const store = createChromaVectorStore({
      url: 'http://127.0.0.1:9',
      collection: 'runbooks',
      embeddingModel,
    });
    const error = await store
      .doQuery({ text: 'disk', topK: -1, filter: { '@title': 'x' } })
      .catch((caught: unknown) => caught);
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as InvalidInputError).issues.map((issue) => issue.path)).toEqual([
      'topK',
      'filter["@title"]',
    ]);
    await expect(store.doQuery({ text: 'disk', topK: 0 })).resolves.toEqual({
      matches: [],
      confident: false,
    });
    await expect(store.doUpsert({ documents: [] })).resolves.toEqual({ upserted: 0 });
    await expect(store.doDelete({ ids: ['', ''] })).resolves.toEqual({ deleted: 0 });
    await expect(store.doDelete({ ids: [7 as unknown as string] })).rejects.toThrow(
      /ids\[0\]: must be an array of strings/,
    );
  });
});
