import { SyntheticEmbeddingModelV1 } from '@triagekit/core/testing';
import { describe, expect, it } from 'vitest';
import { chromaCollectionMetadata, compareChromaCollection } from './chroma-collection-metadata.js';

const model = new SyntheticEmbeddingModelV1({ dimensions: 64 });

describe('chromaCollectionMetadata and compareChromaCollection', () => {
  it('records the model, its dimensions and the encoding', () => {
    expect(chromaCollectionMetadata(model)).toEqual({
      'triagekit:embedding-model': 'synthetic:synthetic-hash',
      'triagekit:embedding-dimensions': 64,
      'triagekit:metadata-encoding': 'v1',
    });
  });

  it('accepts a collection made for the same model in cosine space', () => {
    expect(compareChromaCollection(chromaCollectionMetadata(model), 'cosine', model)).toEqual([]);
    expect(compareChromaCollection(chromaCollectionMetadata(model), undefined, model)).toEqual([]);
  });

  it('names each mismatch: model, dimensions, distance space', () => {
    const other = new SyntheticEmbeddingModelV1({ modelId: 'other', dimensions: 32 });
    const issues = compareChromaCollection(chromaCollectionMetadata(other), 'l2', model);
    expect(issues).toEqual([
      {
        path: 'metadata["triagekit:embedding-model"]',
        message: 'is "synthetic:other", but this store uses "synthetic:synthetic-hash"',
      },
      { path: 'metadata["triagekit:embedding-dimensions"]', message: 'is 32, but this store uses 64' },
      { path: 'configuration.hnsw.space', message: 'is "l2", but this store needs "cosine"' },
    ]);
  });

  it('refuses a collection that another tool created', () => {
    const issues = compareChromaCollection({ description: 'mine' }, 'cosine', model);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toMatch(/not created by the triagekit Chroma adapter/);
    expect(compareChromaCollection(undefined, undefined, model)).toHaveLength(1);
  });
});
