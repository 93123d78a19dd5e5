import { type EmbeddingModelV1, InvalidInputError } from '@triagekit/core';

/**
 * Embeds `texts` with `model`, in batches of at most `maxEmbeddingsPerCall`, one call at a time.
 * @returns one vector per text, in order.
 * @throws the model's own error; `InvalidInputError` when it returns the wrong number or length of
 * vectors, or a value that is not a finite number; the signal's reason when aborted between batches.
 */
export async function embedTexts(
  model: EmbeddingModelV1,
  texts: readonly string[],
  abortSignal?: AbortSignal,
): Promise<Float32Array[]> {
  const vectors: Float32Array[] = [];
  const batchSize = Math.max(1, Math.floor(model.maxEmbeddingsPerCall));
  const source = `embedding model "${model.providerId}:${model.modelId}"`;
  for (let start = 0; start < texts.length; start += batchSize) {
    abortSignal?.throwIfAborted();
    const values = texts.slice(start, start + batchSize);
    const result = await model.doEmbed({ values, abortSignal });
    if (result.embeddings.length !== values.length) {
      throw new InvalidInputError({
        source,
        issues: [
          {
            path: 'embeddings',
            message: `returned ${result.embeddings.length} vectors for ${values.length} values`,
          },
        ],
      });
    }
    result.embeddings.forEach((embedding, index) => {
      if (embedding.length !== model.dimensions || !embedding.every(Number.isFinite)) {
        throw new InvalidInputError({
          source,
          issues: [
            {
              path: `embeddings[${start + index}]`,
              message: `expected ${model.dimensions} finite numbers, got ${embedding.length} values`,
            },
          ],
        });
      }
      vectors.push(Float32Array.from(embedding));
    });
  }
  return vectors;
}
