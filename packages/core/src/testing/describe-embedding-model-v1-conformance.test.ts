import { describe, expect, it } from 'vitest';
import { UnsupportedSpecificationVersionError } from '../errors/unsupported-specification-version-error.js';
import type { EmbeddingModelV1, EmbeddingModelV1EmbedOptions } from '../spec/embedding-model-v1.js';
import {
  checkEmbeddingModelV1Deterministic,
  checkEmbeddingModelV1Identity,
  checkEmbeddingModelV1Vectors,
} from './checks/embedding-model-v1-checks.js';
import { describeEmbeddingModelV1Conformance } from './describe-embedding-model-v1-conformance.js';
import { SyntheticEmbeddingModelV1 } from './synthetic-embedding-model-v1.js';

function modelEmbedding(
  embed: (options: EmbeddingModelV1EmbedOptions) => unknown,
  overrides: Partial<EmbeddingModelV1> = {},
): EmbeddingModelV1 {
  return {
    specificationVersion: 'v1',
    providerId: 'broken',
    modelId: 'broken-model',
    dimensions: 3,
    maxEmbeddingsPerCall: 10,
    doEmbed: async (options) => embed(options) as never,
    ...overrides,
  };
}

describeEmbeddingModelV1Conformance({
  name: 'SyntheticEmbeddingModelV1',
  create: () => new SyntheticEmbeddingModelV1(),
});

describeEmbeddingModelV1Conformance({
  name: 'SyntheticEmbeddingModelV1 (8 dimensions, batches of 2)',
  create: () => new SyntheticEmbeddingModelV1({ dimensions: 8, maxEmbeddingsPerCall: 2 }),
  values: ['one', 'two', 'three', ''],
});

describe('embedding model conformance checks catch broken models', () => {
  const values = ['a', 'b'];

  it('rejects a model declaring another specification version', () => {
    const model = {
      ...modelEmbedding(() => ({})),
      specificationVersion: 'v2',
    } as unknown as EmbeddingModelV1;
    expect(() => checkEmbeddingModelV1Identity(model)).toThrow(UnsupportedSpecificationVersionError);
  });

  it('rejects dimensions or batch sizes that are not positive integers', () => {
    expect(() => checkEmbeddingModelV1Identity(modelEmbedding(() => ({}), { dimensions: 0 }))).toThrow(
      'dimensions must be a positive integer',
    );
    expect(() =>
      checkEmbeddingModelV1Identity(modelEmbedding(() => ({}), { maxEmbeddingsPerCall: 2.5 })),
    ).toThrow('maxEmbeddingsPerCall must be a positive integer');
  });

  it('rejects the wrong number of vectors', async () => {
    const model = modelEmbedding(() => ({ embeddings: [[1, 0, 0]] }));
    await expect(checkEmbeddingModelV1Vectors(model, values)).rejects.toThrow(
      'returned 1 vectors for 2 values',
    );
  });

  it('rejects vectors of the wrong length', async () => {
    const model = modelEmbedding(({ values: batch }) => ({ embeddings: batch.map(() => [1, 0]) }));
    await expect(checkEmbeddingModelV1Vectors(model, values)).rejects.toThrow(
      'has length 2, expected dimensions 3',
    );
  });

  it('rejects vectors holding non-finite numbers', async () => {
    const model = modelEmbedding(({ values: batch }) => ({
      embeddings: batch.map(() => [1, Number.NaN, 0]),
    }));
    await expect(checkEmbeddingModelV1Vectors(model, values)).rejects.toThrow('not a finite number');
  });

  it('rejects vectors that change between identical calls', async () => {
    let calls = 0;
    const model = modelEmbedding(({ values: batch }) => {
      calls += 1;
      return { embeddings: batch.map(() => [calls, 0, 0]) };
    });
    await expect(checkEmbeddingModelV1Deterministic(model, values)).rejects.toThrow(
      'differently on a second call',
    );
  });

  it('tolerates tiny differences up to the given tolerance', async () => {
    let calls = 0;
    const model = modelEmbedding(({ values: batch }) => {
      calls += 1;
      return { embeddings: batch.map(() => [1 + calls * 1e-4, 0, 0]) };
    });
    await expect(checkEmbeddingModelV1Deterministic(model, values, 1e-3)).resolves.toBeUndefined();
  });
});
