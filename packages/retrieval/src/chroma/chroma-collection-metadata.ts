import type { EmbeddingModelV1, InputIssue } from '@triagekit/core';

/** Collection metadata key: the embedding model as `providerId:modelId`. */
export const CHROMA_COLLECTION_MODEL_KEY = 'triagekit:embedding-model';
/** Collection metadata key: the vector length. */
export const CHROMA_COLLECTION_DIMENSIONS_KEY = 'triagekit:embedding-dimensions';
/** Collection metadata key: the version of the record metadata encoding (`@title`, `@list:`, `@has:`). */
export const CHROMA_COLLECTION_ENCODING_KEY = 'triagekit:metadata-encoding';
/** The record metadata encoding this adapter writes. */
export const CHROMA_METADATA_ENCODING = 'v1';

/** The collection metadata written when the adapter creates a collection. */
export function chromaCollectionMetadata(model: EmbeddingModelV1): Record<string, string | number> {
  return {
    [CHROMA_COLLECTION_MODEL_KEY]: `${model.providerId}:${model.modelId}`,
    [CHROMA_COLLECTION_DIMENSIONS_KEY]: model.dimensions,
    [CHROMA_COLLECTION_ENCODING_KEY]: CHROMA_METADATA_ENCODING,
  };
}

/**
 * Compares an existing collection's metadata and distance space with what this store needs: the same
 * embedding model and dimensions (vectors of two models cannot be compared), the same record encoding, and
 * cosine distance (relevance is derived from it).
 * @param space - the collection's configured distance space, when Chroma reports one.
 * @returns one issue per mismatch; empty when the collection fits.
 */
export function compareChromaCollection(
  metadata: Readonly<Record<string, unknown>> | undefined,
  space: string | undefined,
  model: EmbeddingModelV1,
): InputIssue[] {
  const expected = chromaCollectionMetadata(model);
  const issues: InputIssue[] = [];
  if (metadata?.[CHROMA_COLLECTION_MODEL_KEY] === undefined) {
    issues.push({
      path: `metadata[${JSON.stringify(CHROMA_COLLECTION_MODEL_KEY)}]`,
      message:
        'is missing: the collection was not created by the triagekit Chroma adapter, so its vectors and metadata cannot be trusted',
    });
    return issues;
  }
  for (const [key, value] of Object.entries(expected)) {
    if (metadata[key] !== value) {
      issues.push({
        path: `metadata[${JSON.stringify(key)}]`,
        message: `is ${JSON.stringify(metadata[key])}, but this store uses ${JSON.stringify(value)}`,
      });
    }
  }
  if (space !== undefined && space !== 'cosine') {
    issues.push({
      path: 'configuration.hnsw.space',
      message: `is "${space}", but this store needs "cosine"`,
    });
  }
  return issues;
}
