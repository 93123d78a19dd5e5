import type { EmbeddingModelV1, EmbeddingModelV1EmbedResult } from '../../spec/embedding-model-v1.js';
import { assertConformance } from './assert-conformance.js';
import { checkPluginIdentity } from './check-plugin-identity.js';

function label(model: EmbeddingModelV1): string {
  return `embedding model "${String(model.providerId)}:${String(model.modelId)}"`;
}

function isPositiveInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

async function embed(
  model: EmbeddingModelV1,
  values: readonly string[],
): Promise<EmbeddingModelV1EmbedResult> {
  const batch = values.slice(0, model.maxEmbeddingsPerCall);
  const result = await model.doEmbed({ values: batch, abortSignal: new AbortController().signal });
  validateEmbeddingModelV1Result(model, batch, result);
  return result;
}

/**
 * `specificationVersion` is `'v1'`; `providerId` is a non-empty string without whitespace; `modelId` is a
 * non-empty string; `dimensions` and `maxEmbeddingsPerCall` are positive integers.
 */
export function checkEmbeddingModelV1Identity(model: EmbeddingModelV1): void {
  checkPluginIdentity(model, 'embedding model', [
    { key: 'providerId' },
    { key: 'modelId', allowWhitespace: true },
  ]);
  assertConformance(
    isPositiveInteger(model.dimensions),
    `${label(model)} dimensions must be a positive integer, got ${String(model.dimensions)}.`,
  );
  assertConformance(
    isPositiveInteger(model.maxEmbeddingsPerCall),
    `${label(model)} maxEmbeddingsPerCall must be a positive integer, got ${String(model.maxEmbeddingsPerCall)}.`,
  );
}

/**
 * `result` holds one vector per value, each of length `dimensions` and made of finite numbers, and, when
 * present, a non-negative `usage.tokens` and string `warnings`.
 */
export function validateEmbeddingModelV1Result(
  model: EmbeddingModelV1,
  values: readonly string[],
  result: unknown,
): asserts result is EmbeddingModelV1EmbedResult {
  const name = label(model);
  assertConformance(
    typeof result === 'object' && result !== null,
    `${name} doEmbed must resolve to { embeddings }, got ${String(result)}.`,
  );
  const { embeddings, usage, warnings } = result as Record<string, unknown>;
  assertConformance(
    Array.isArray(embeddings) && embeddings.length === values.length,
    `${name} returned ${Array.isArray(embeddings) ? embeddings.length : 'no'} vectors for ${values.length} values; return one per value, in order.`,
  );
  embeddings.forEach((vector: unknown, index) => {
    assertConformance(
      Array.isArray(vector) && vector.length === model.dimensions,
      `${name} embeddings[${index}] has length ${Array.isArray(vector) ? vector.length : 'none'}, expected dimensions ${model.dimensions}.`,
    );
    assertConformance(
      vector.every((component) => typeof component === 'number' && Number.isFinite(component)),
      `${name} embeddings[${index}] contains a value that is not a finite number.`,
    );
  });
  const tokens: unknown = (usage as { tokens?: unknown } | undefined)?.tokens;
  assertConformance(
    usage === undefined || (typeof tokens === 'number' && Number.isFinite(tokens) && tokens >= 0),
    `${name} usage.tokens must be a non-negative number when usage is present.`,
  );
  assertConformance(
    warnings === undefined ||
      (Array.isArray(warnings) && warnings.every((warning) => typeof warning === 'string')),
    `${name} warnings must be an array of strings when present.`,
  );
}

/** Embedding `values` (at most `maxEmbeddingsPerCall` of them) gives valid vectors. */
export async function checkEmbeddingModelV1Vectors(
  model: EmbeddingModelV1,
  values: readonly string[],
): Promise<void> {
  await embed(model, values);
}

/**
 * Embedding the same values twice gives the same vectors, component by component within `tolerance`
 * (default 1e-6; raise it for remote models whose arithmetic is not bit-for-bit reproducible).
 */
export async function checkEmbeddingModelV1Deterministic(
  model: EmbeddingModelV1,
  values: readonly string[],
  tolerance = 1e-6,
): Promise<void> {
  const first = (await embed(model, values)).embeddings;
  const second = (await embed(model, values)).embeddings;
  first.forEach((vector, index) => {
    const other = second[index] ?? [];
    const largestDifference = vector.reduce(
      (largest, component, position) =>
        Math.max(largest, Math.abs(component - (other[position] ?? Number.NaN))),
      0,
    );
    assertConformance(
      largestDifference <= tolerance,
      `${label(model)} embedded ${JSON.stringify(values[index])} differently on a second call ` +
        `(largest difference ${largestDifference}, tolerance ${tolerance}); embeddings must be deterministic.`,
    );
  });
}
