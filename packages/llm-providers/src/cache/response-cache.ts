import type {
  LlmMessageV1,
  LlmProviderV1GenerateOptions,
  LlmProviderV1GenerateResult,
} from '@triagekit/core';

/** The parts of a request that decide its answer; what the cache key is computed from. */
export interface CachedRequest {
  readonly providerId: string;
  readonly modelId: string;
  readonly messages: readonly LlmMessageV1[];
  readonly maxOutputTokens: number;
  /** `null` when the call left it to the provider's default. */
  readonly temperature: number | null;
  /** `null` when the call asked for none. */
  readonly responseFormat: LlmProviderV1GenerateOptions['responseFormat'] | null;
}

/**
 * One stored answer. It holds the (already redacted) prompt it answers and the answer itself — never an API
 * key or a header: the cache only ever sees what `doGenerate` received and returned.
 */
export interface CachedResponse {
  /** Format version of the entry; entries of another version are ignored. */
  readonly version: 1;
  /** When the answer was stored, ISO 8601. */
  readonly storedAt: string;
  readonly request: CachedRequest;
  readonly result: Pick<LlmProviderV1GenerateResult, 'text' | 'usage' | 'finishReason' | 'response'> & {
    /** What the original call cost, in US dollars, when known (a cache hit itself costs 0). */
    readonly costUsd?: number;
  };
}

/**
 * Where {@link withResponseCache} keeps answers. Implement it over Redis, a database, anything with get/set.
 * `get` may throw for an unreadable entry: the call then goes to the model, with a warning. `set` may throw:
 * the answer is still returned, with a warning.
 */
export interface ResponseCache {
  /** The entry stored under `key` (a lowercase hex SHA-256), or `undefined`. */
  get(key: string): Promise<CachedResponse | undefined>;
  /** Stores `entry` under `key`, replacing any previous one. */
  set(key: string, entry: CachedResponse): Promise<void>;
}
