import type { EmbeddingModelV1 } from '@triagekit/core';
import type { EmbeddingModelIdentity } from './stored-entry.js';

/** What identifies `model`'s vectors: provider, model id and dimensions. */
export function modelIdentity(model: EmbeddingModelV1): EmbeddingModelIdentity {
  return { providerId: model.providerId, modelId: model.modelId, dimensions: model.dimensions };
}

/** Whether vectors stored for `stored` can be compared with `model`'s. */
export function sameModel(stored: EmbeddingModelIdentity | undefined, model: EmbeddingModelV1): boolean {
  return (
    stored !== undefined &&
    stored.providerId === model.providerId &&
    stored.modelId === model.modelId &&
    stored.dimensions === model.dimensions
  );
}

/** `"provider:model" (n dimensions)`, or `no model`, for messages. */
export function describeModel(model: EmbeddingModelIdentity | undefined): string {
  return model === undefined
    ? 'no model'
    : `"${model.providerId}:${model.modelId}" (${model.dimensions} dimensions)`;
}
