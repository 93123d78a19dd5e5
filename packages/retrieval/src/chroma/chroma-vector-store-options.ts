import type { EmbeddingModelV1 } from '@triagekit/core';
import type { ChromaClient } from 'chromadb';

/** Options of `createChromaVectorStore`. */
export interface ChromaVectorStoreOptions {
  /**
   * The Chroma server's root URL. Default `http://localhost:8000` (where `chroma run` listens). Give either
   * `url` or `client`, not both.
   */
  readonly url?: string;
  /**
   * A `ChromaClient` (or `CloudClient`) you configured yourself, instead of `url`. Its tenant, database and
   * headers are used as they are. Note: a client you pass cannot be given an abort signal per request, so a
   * timeout or an abort stops the wait but lets the request finish in the background; with `url`, the
   * request itself is cancelled.
   */
  readonly client?: ChromaClient;
  /** Extra request headers for `url`, e.g. `{ 'x-chroma-token': token }` or `Authorization`. Never logged. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Chroma tenant, with `url` only. Default `default_tenant`. */
  readonly tenant?: string;
  /** Chroma database, with `url` only. Default `default_database`. */
  readonly database?: string;
  /**
   * Base name of the collection, e.g. `runbooks`. The collection actually used is
   * `<collection>-<providerId>-<modelId>-<dimensions>` (see `deriveChromaCollectionName`), so that changing
   * the embedding model never mixes vectors; set `deriveCollectionName: false` to use `collection` verbatim.
   * Chroma's naming rules apply: 3–512 characters of `[a-zA-Z0-9._-]`, starting and ending with a letter or digit.
   */
  readonly collection: string;
  /** Use `collection` as the exact Chroma collection name instead of deriving one. Default `false`. */
  readonly deriveCollectionName?: boolean;
  /**
   * Embeds documents on upsert and the query text on query (Chroma's own embedding function is never used).
   * The collection records the model's `providerId:modelId` and `dimensions`; opening it with another model
   * fails with an `InvalidInputError`.
   */
  readonly embeddingModel: EmbeddingModelV1;
  /** Stable id of the store (no whitespace). Default `'chroma'`. */
  readonly storeId?: string;
  /**
   * Most records sent to Chroma in one upsert, get or delete request, a positive integer. Default 500;
   * lowered automatically to the server's `max_batch_size`.
   */
  readonly batchSize?: number;
  /** Time limit of each request to Chroma, in milliseconds. Default 10,000. */
  readonly timeoutMs?: number;
  /**
   * Further attempts after a failure that may pass (connection refused or reset, HTTP 429 or 5xx, a request
   * timeout), with exponential backoff. Default 2. All writes are idempotent, so a retried upsert or delete
   * is safe.
   */
  readonly retries?: number;
  /** Backoff before the first retry, in milliseconds; doubles on each further retry. Default 250. */
  readonly retryDelayMs?: number;
  /**
   * A query result is `confident` when its best match's `relevance` (the cosine similarity, clamped to
   * [0, 1]) reaches this value. Default 0.3, as `InMemoryVectorStoreV1`. Similarities depend on the embedding
   * model: check the relevance your model gives to a few queries that have no matching runbook, and set this
   * above it.
   */
  readonly minimumRelevance?: number;
}

/** Default {@link ChromaVectorStoreOptions.url}. */
export const DEFAULT_CHROMA_URL = 'http://localhost:8000';
/** Default {@link ChromaVectorStoreOptions.tenant}. */
export const DEFAULT_CHROMA_TENANT = 'default_tenant';
/** Default {@link ChromaVectorStoreOptions.database}. */
export const DEFAULT_CHROMA_DATABASE = 'default_database';
/** Default {@link ChromaVectorStoreOptions.storeId}. */
export const DEFAULT_CHROMA_STORE_ID = 'chroma';
/** Default {@link ChromaVectorStoreOptions.batchSize}. */
export const DEFAULT_CHROMA_BATCH_SIZE = 500;
/** Default {@link ChromaVectorStoreOptions.timeoutMs}. */
export const DEFAULT_CHROMA_TIMEOUT_MS = 10_000;
/** Default {@link ChromaVectorStoreOptions.retries}. */
export const DEFAULT_CHROMA_RETRIES = 2;
/** Default {@link ChromaVectorStoreOptions.retryDelayMs}. */
export const DEFAULT_CHROMA_RETRY_DELAY_MS = 250;
/** Default {@link ChromaVectorStoreOptions.minimumRelevance}. */
export const DEFAULT_CHROMA_MINIMUM_RELEVANCE = 0.3;
