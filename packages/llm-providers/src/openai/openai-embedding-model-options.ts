import type OpenAI from 'openai';
import type { RetryOptions } from '../retry/retry-options.js';

/** Default per-attempt timeout of an embeddings call, in milliseconds. */
export const DEFAULT_EMBEDDING_TIMEOUT_MS = 30_000;

/** Options shared by the OpenAI and OpenAI-compatible embedding models. */
export interface EmbeddingCallOptions {
  /** Per attempt (one batch), in milliseconds. Default 30,000. */
  readonly timeoutMs?: number;
  /** Further attempts after a retryable failure, per batch. Default 2. */
  readonly maxRetries?: number;
  /** Backoff, `retry-after` cap, and an injectable sleep and clock. */
  readonly retry?: RetryOptions;
}

/** Options of {@link createOpenAiEmbeddingModel}. */
export interface OpenAiEmbeddingModelOptions extends EmbeddingCallOptions {
  /** e.g. `text-embedding-3-small`. */
  readonly model: string;
  /**
   * Vector length. Default: the model's native length (1536 for `text-embedding-3-small` and
   * `text-embedding-ada-002`, 3072 for `text-embedding-3-large`); required for other models. When given, it
   * is sent as `dimensions` so that `text-embedding-3-*` models shorten their vectors.
   */
  readonly dimensions?: number;
  /**
   * Most values per request; `doEmbed` splits larger inputs into batches of this size, sent one after the
   * other, and returns the vectors in input order. Default 512 (OpenAI accepts up to 2048 inputs and
   * 300,000 tokens per request).
   */
  readonly maxEmbeddingsPerCall?: number;
  /** Default: the `OPENAI_API_KEY` environment variable. */
  readonly apiKey?: string;
  /** Default: `OPENAI_BASE_URL`, else `https://api.openai.com/v1`. */
  readonly baseURL?: string;
  /** Sent as `OpenAI-Organization`. */
  readonly organization?: string;
  /** Extra headers on every request. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Your own configured client; mutually exclusive with `apiKey`, `baseURL`, `organization`, `headers`. */
  readonly client?: OpenAI;
}

/** Options of {@link createOpenAiCompatibleEmbeddingModel}. */
export interface OpenAiCompatibleEmbeddingModelOptions extends EmbeddingCallOptions {
  /** Names the server in the provider id `openai-compatible:<name>`. */
  readonly name: string;
  /** The API root, up to where `/embeddings` is appended, e.g. `http://localhost:11434/v1`. */
  readonly baseURL: string;
  /** e.g. `nomic-embed-text`, `bge-m3`. */
  readonly model: string;
  /** The vector length the model returns (768 for `nomic-embed-text`, 1024 for `bge-m3`). Required. */
  readonly dimensions: number;
  /** Whether to send `dimensions` in the request (only for servers and models that shorten vectors). Default false. */
  readonly sendDimensions?: boolean;
  /** Most values per request. Default 64 (local servers hold a whole batch in memory). */
  readonly maxEmbeddingsPerCall?: number;
  /** Sent as `Authorization: Bearer`; default none, and no `Authorization` header at all. */
  readonly apiKey?: string;
  /** Extra headers on every request. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Query parameters on every request, e.g. `{ 'api-version': '2024-10-21' }` for Azure. */
  readonly queryParams?: Readonly<Record<string, string>>;
}
