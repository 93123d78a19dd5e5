import { type EmbeddingModelV1, InvalidInputError } from '@triagekit/core';
import { SyntheticEmbeddingModelV1 } from '@triagekit/core/testing';
import { describe, expect, it } from 'vitest';
import { embedInBatches } from './embed-in-batches.js';

function brokenModel(embeddings: number[][]): EmbeddingModelV1 {
  return {
    specificationVersion: 'v1',
    providerId: 'broken',
    modelId: 'm',
    dimensions: 2,
    maxEmbeddingsPerCall: 10,
    doEmbed: async () => ({ embeddings }),
  };
}

describe('embedInBatches', () => {
  it('calls the model in batches of maxEmbeddingsPerCall and keeps input order', async () => {
    const model = new SyntheticEmbeddingModelV1({ dimensions: 16, maxEmbeddingsPerCall: 3 });
    const texts = ['disk', 'dns', 'oom', 'tls', 'latency', 'crash', 'quota'];
    const vectors = await embedInBatches(model, texts, undefined);
    expect(model.calls.map((call) => call.values)).toEqual([
      texts.slice(0, 3),
      texts.slice(3, 6),
      texts.slice(6),
    ]);
    const direct = await new SyntheticEmbeddingModelV1({ dimensions: 16 }).doEmbed({ values: texts });
    expect(vectors).toEqual(direct.embeddings);
  });

  it('passes the abort signal to the model and stops when it aborted', async () => {
    const model = new SyntheticEmbeddingModelV1({ maxEmbeddingsPerCall: 1 });
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(embedInBatches(model, ['a', 'b'], controller.signal)).rejects.toThrow('stop');
    expect(model.calls).toHaveLength(0);
  });

  it('rejects a model answer with the wrong number, length or kind of vectors', async () => {
    const wrongCount = await embedInBatches(brokenModel([[1, 0]]), ['a', 'b'], undefined).catch(
      (error: unknown) => error,
    );
    expect(InvalidInputError.isInstance(wrongCount)).toBe(true);
    expect((wrongCount as Error).message).toMatch(/holds 1 vectors for 2 texts/);
    await expect(embedInBatches(brokenModel([[1, 0, 0]]), ['a'], undefined)).rejects.toThrow(
      /must be 2 finite numbers/,
    );
    await expect(embedInBatches(brokenModel([[1, Number.NaN]]), ['a'], undefined)).rejects.toThrow(
      /embeddings\[0\]/,
    );
  });
});
