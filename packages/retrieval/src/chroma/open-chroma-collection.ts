import { ApiCallError, type EmbeddingModelV1, InvalidInputError } from '@triagekit/core';
import type { Collection } from 'chromadb';
import { checkChromaServerVersion } from './check-chroma-server-version.js';
import { chromaCollectionMetadata, compareChromaCollection } from './chroma-collection-metadata.js';
import { type ChromaCallPolicy, runChromaCall } from './run-chroma-call.js';

/** A collection ready for records. */
export interface OpenedChromaCollection {
  readonly id: string;
  readonly name: string;
  /** Bound to the client that opened it; used only when requests cannot be given a signal. */
  readonly collection: Collection;
  /** Records per request: the store's `batchSize`, lowered to the server's `max_batch_size`. */
  readonly batchSize: number;
}

/**
 * Checks the server version, then gets or creates the collection (cosine distance, no Chroma embedding
 * function, the model recorded in its metadata) and refuses an existing one made for another model, another
 * encoding or another distance.
 * @throws ApiCallError when the server is too old (or serves no v2 API) or unreachable; InvalidInputError
 * when the collection does not fit this store; TimeoutError; the abort reason.
 */
export async function openChromaCollection(
  policy: ChromaCallPolicy,
  options: {
    readonly name: string;
    readonly embeddingModel: EmbeddingModelV1;
    readonly batchSize: number;
    readonly abortSignal?: AbortSignal;
  },
): Promise<OpenedChromaCollection> {
  const { name, embeddingModel, abortSignal } = options;
  await checkServerVersion(policy, abortSignal);
  const collection = await runChromaCall(
    policy,
    `Opening Chroma collection "${name}"`,
    (client) =>
      client.getOrCreateCollection({
        name,
        // null, not undefined: without it the client would configure Chroma's default embedding function,
        // which downloads a model at run time (and fails offline). Vectors come from `embeddingModel`.
        embeddingFunction: null,
        configuration: { hnsw: { space: 'cosine' } },
        metadata: chromaCollectionMetadata(embeddingModel),
      }),
    abortSignal,
  );
  const space = collection.configuration.hnsw?.space ?? collection.configuration.spann?.space ?? undefined;
  const issues = compareChromaCollection(collection.metadata, space ?? undefined, embeddingModel);
  if (issues.length > 0) {
    throw new InvalidInputError({
      source: `Chroma collection "${name}" at ${policy.connection.url}`,
      issues,
      hint: 'Vectors of different embedding models cannot be compared. Keep `deriveCollectionName` on (each model then gets its own collection), choose another `collection`, or delete this collection and index again.',
    });
  }
  const maxBatchSize = await runChromaCall(
    policy,
    'Reading Chroma pre-flight checks',
    (client) => client.getMaxBatchSize(),
    abortSignal,
  );
  const batchSize = maxBatchSize > 0 ? Math.min(options.batchSize, maxBatchSize) : options.batchSize;
  return { id: collection.id, name, collection, batchSize };
}

async function checkServerVersion(
  policy: ChromaCallPolicy,
  abortSignal: AbortSignal | undefined,
): Promise<void> {
  const { url } = policy.connection;
  let version: string;
  try {
    version = await runChromaCall(
      policy,
      'Reading the Chroma server version',
      (client) => client.version(),
      abortSignal,
    );
  } catch (error) {
    if (ApiCallError.isInstance(error) && error.statusCode === 404) {
      throw new ApiCallError({
        message: `The server at ${url} does not serve Chroma's v2 HTTP API (GET /api/v2/version answered 404): it is probably Chroma 0.x. This adapter uses the chromadb 3 client, which needs a Chroma server 1.0 or newer; upgrade the server.`,
        url,
        statusCode: 404,
        isRetryable: false,
        cause: error,
      });
    }
    throw error;
  }
  const problem = checkChromaServerVersion(String(version));
  if (problem !== undefined) {
    throw new ApiCallError({ message: `${problem} Upgrade the server at ${url}.`, url, isRetryable: false });
  }
}
