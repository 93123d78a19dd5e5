import type { ChromaVectorStore } from './chroma-vector-store.js';
import { ChromaVectorStoreV1 } from './chroma-vector-store.js';
import type { ChromaVectorStoreOptions } from './chroma-vector-store-options.js';
import { resolveChromaVectorStoreOptions } from './resolve-chroma-vector-store-options.js';

/**
 * A {@link ChromaVectorStore}: a `VectorStoreV1` kept in a Chroma collection, through the official `chromadb`
 * client. No request is made until the first call, which checks the server version (1.0 or newer) and gets
 * or creates the collection: cosine distance, no Chroma-side embedding function, and the embedding model's
 * id and dimensions in its metadata (a collection made for another model is refused).
 *
 * - `doUpsert` checks and encodes every document first (nothing is written if one is invalid), embeds
 *   `title + "\n" + text` in calls of at most `maxEmbeddingsPerCall`, and writes in batches of `batchSize`
 *   with replace semantics (stale metadata keys are removed). A failure part way says how many were written.
 * - `doDelete` removes the ids that exist and counts them; unknown ids are ignored.
 * - `doQuery` embeds the text and returns at most `topK` matches, best first: `score` is the cosine
 *   similarity, `relevance` the same clamped to [0, 1]; matches with no similarity (score <= 0) are left
 *   out; `confident` is true when the best relevance reaches `minimumRelevance`. Filters: equality on
 *   scalars, membership on arrays, every key must match.
 *
 * Every request has a timeout (`timeoutMs`), is retried on connection errors, 429, 5xx and timeouts
 * (`retries`, exponential backoff from `retryDelayMs`), and honours the call's `abortSignal`.
 * @throws InvalidInputError naming each invalid option; UnsupportedSpecificationVersionError for an
 * embedding model that is not `v1`. Calls reject with `ApiCallError` (server unreachable: the message names
 * the URL and how to start Chroma; server too old; HTTP errors), `TimeoutError`, `InvalidInputError` (bad
 * documents, ids, filters or collection/model mismatch) or the abort reason.
 */
export function createChromaVectorStore(options: ChromaVectorStoreOptions): ChromaVectorStore {
  return new ChromaVectorStoreV1(resolveChromaVectorStoreOptions(options));
}
