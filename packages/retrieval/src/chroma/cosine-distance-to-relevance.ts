/**
 * Chroma reports cosine *distance*, `1 - cos(query, document)`, in [0, 2]. The adapter's `score` is the cosine
 * similarity itself, `1 - distance`, in [-1, 1] (higher is better).
 */
export function cosineSimilarityFromDistance(distance: number): number {
  return 1 - distance;
}

/**
 * `relevance` is the cosine similarity clamped to [0, 1]: monotone (never lower for a closer document), 0
 * for unrelated or opposite texts, 1 for the same direction, and comparable across queries and with the
 * `InMemoryVectorStoreV1` of `@triagekit/core/testing`, which maps the same way. The clamp also absorbs float
 * rounding (a distance of -1e-7 for an identical vector).
 */
export function relevanceFromCosineSimilarity(similarity: number): number {
  return Math.min(1, Math.max(0, similarity));
}
