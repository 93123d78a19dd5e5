import { describe, expect, it } from 'vitest';
import { cosineSimilarity } from './internal/cosine-similarity.js';
import { SyntheticEmbeddingModelV1 } from './synthetic-embedding-model-v1.js';

async function embedOne(model: SyntheticEmbeddingModelV1, text: string): Promise<readonly number[]> {
  const [vector] = (await model.doEmbed({ values: [text] })).embeddings;
  if (vector === undefined) throw new Error('no vector');
  return vector;
}

describe('SyntheticEmbeddingModelV1', () => {
  it('defaults to 256 dimensions and batches of 100', () => {
    const model = new SyntheticEmbeddingModelV1();
    expect(model).toMatchObject({
      specificationVersion: 'v1',
      providerId: 'synthetic',
      modelId: 'synthetic-hash',
      dimensions: 256,
      maxEmbeddingsPerCall: 100,
    });
  });

  it('returns unit vectors of the configured length', async () => {
    const model = new SyntheticEmbeddingModelV1({ dimensions: 16 });
    const vector = await embedOne(model, 'Disk full on node worker-3');
    expect(vector).toHaveLength(16);
    expect(Math.hypot(...vector)).toBeCloseTo(1, 10);
  });

  it('maps text without words to the zero vector', async () => {
    const vector = await embedOne(new SyntheticEmbeddingModelV1({ dimensions: 8 }), ' -- !! ');
    expect(vector).toEqual(new Array(8).fill(0));
  });

  it('is deterministic and ignores case and punctuation', async () => {
    const model = new SyntheticEmbeddingModelV1();
    expect(await embedOne(model, 'Disk FULL!')).toEqual(await embedOne(model, 'disk full'));
  });

  it('places texts sharing words closer than unrelated texts', async () => {
    const model = new SyntheticEmbeddingModelV1();
    const query = await embedOne(model, 'disk full on node');
    const related = await embedOne(model, 'the node disk is full, no space left');
    const unrelated = await embedOne(model, 'TLS certificate expires tomorrow');
    expect(cosineSimilarity(query, related)).toBeGreaterThan(0.4);
    expect(cosineSimilarity(query, related)).toBeGreaterThan(cosineSimilarity(query, unrelated) + 0.3);
  });

  it('rates inflected words as somewhat similar through shared trigrams', async () => {
    const model = new SyntheticEmbeddingModelV1({ dimensions: 256 });
    const similarity = cosineSimilarity(
      await embedOne(model, 'restarting'),
      await embedOne(model, 'restarts'),
    );
    expect(similarity).toBeGreaterThan(0.2);
  });

  it('counts words as usage tokens and records calls', async () => {
    const model = new SyntheticEmbeddingModelV1();
    const options = { values: ['one two', 'three'] };
    const result = await model.doEmbed(options);
    expect(result.usage).toEqual({ tokens: 3 });
    expect(result.embeddings).toHaveLength(2);
    expect(model.calls).toEqual([options]);
  });

  it('throws a clear error when given more than maxEmbeddingsPerCall values', async () => {
    const model = new SyntheticEmbeddingModelV1({ maxEmbeddingsPerCall: 2 });
    await expect(model.doEmbed({ values: ['a', 'b', 'c'] })).rejects.toThrow(
      'was given 3 values in one call, but maxEmbeddingsPerCall is 2',
    );
  });

  it('rejects when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(
      new SyntheticEmbeddingModelV1().doEmbed({ values: ['x'], abortSignal: controller.signal }),
    ).rejects.toThrow('stop');
  });

  it('refuses dimensions that are not positive integers', () => {
    expect(() => new SyntheticEmbeddingModelV1({ dimensions: 0 })).toThrow(RangeError);
    expect(() => new SyntheticEmbeddingModelV1({ maxEmbeddingsPerCall: 1.5 })).toThrow(RangeError);
  });
});
