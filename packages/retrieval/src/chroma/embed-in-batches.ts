import { type EmbeddingModelV1, InvalidInputError } from '@triagekit/core';

/**
 * Embeds `texts` with `model`, in calls of at most `maxEmbeddingsPerCall` values, and checks what comes back:
 * one vector per text, each of `dimensions` finite numbers.
 * @returns the vectors, in input order.
 * @throws the model's error; InvalidInputError when the model returns the wrong number, length or kind of
 * vectors (its output is input to the store); the signal's reason when aborted.
 */
export async function embedInBatches(
  model: EmbeddingModelV1,
  texts: readonly string[],
  abortSignal: AbortSignal | undefined,
): Promise<number[][]> {
  const vectors: number[][] = [];
  const source = `output of embedding model "${model.providerId}:${model.modelId}"`;
  for (let start = 0; start < texts.length; start += model.maxEmbeddingsPerCall) {
    abortSignal?.throwIfAborted();
    const values = texts.slice(start, start + model.maxEmbeddingsPerCall);
    const { embeddings } = await model.doEmbed({ values, abortSignal });
    if (embeddings.length !== values.length) {
      throw new InvalidInputError({
        source,
        issues: [
          { path: 'embeddings', message: `holds ${embeddings.length} vectors for ${values.length} texts` },
        ],
      });
    }
    embeddings.forEach((embedding, index) => {
      const valid =
        embedding.length === model.dimensions && embedding.every((component) => Number.isFinite(component));
      if (!valid) {
        throw new InvalidInputError({
          source,
          issues: [
            {
              path: `embeddings[${start + index}]`,
              message: `must be ${model.dimensions} finite numbers (the model's dimensions), got ${embedding.length} values`,
            },
          ],
        });
      }
      vectors.push([...embedding]);
    });
  }
  return vectors;
}
