import {
  AbortedError,
  type LlmProviderV1,
  type LlmProviderV1GenerateOptions,
  type LlmProviderV1GenerateResult,
} from '@triagekit/core';
import type { ModelPrice } from '../pricing/model-price.js';
import { canonicalJson } from './canonical-json.js';
import type { CachedRequest, CachedResponse, ResponseCache } from './response-cache.js';
import { responseCacheKey, toCachedRequest } from './response-cache-key.js';

/**
 * The start of the warning every cache hit carries; test `warnings` for it to tell a cached answer from a
 * fresh one.
 */
export const RESPONSE_CACHE_HIT_WARNING = 'answered from the response cache';

/** Options of {@link withResponseCache}. */
export interface WithResponseCacheOptions {
  /** Where answers are kept: {@link createMemoryResponseCache}, {@link createFileResponseCache}, or yours. */
  readonly cache: ResponseCache;
  /** Entries stored longer ago than this, in milliseconds, are not used (and get replaced). Default: no limit. */
  readonly maxAgeMs?: number;
  /** The current time in epoch milliseconds. Default `Date.now`. */
  readonly now?: () => number;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function hit(entry: CachedResponse, key: string): LlmProviderV1GenerateResult {
  const original = entry.result.costUsd === undefined ? 'unknown' : `$${entry.result.costUsd}`;
  return {
    text: entry.result.text,
    usage: entry.result.usage,
    finishReason: entry.result.finishReason,
    costUsd: 0,
    warnings: [
      `${RESPONSE_CACHE_HIT_WARNING} (key ${key.slice(0, 12)}, stored ${entry.storedAt}): no model call was ` +
        `made, so costUsd is 0; usage is that of the original call, which cost ${original}`,
    ],
    ...(entry.result.response ? { response: entry.result.response } : {}),
  };
}

function store(request: CachedRequest, result: LlmProviderV1GenerateResult, now: number): CachedResponse {
  return {
    version: 1,
    storedAt: new Date(now).toISOString(),
    request,
    result: {
      text: result.text,
      usage: { inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens },
      finishReason: result.finishReason,
      ...(result.response ? { response: result.response } : {}),
      ...(result.costUsd === undefined ? {} : { costUsd: result.costUsd }),
    },
  };
}

/**
 * Wraps `provider` so that a request identical to an earlier one (same providerId, modelId, messages,
 * maxOutputTokens, temperature and responseFormat — the SHA-256 of their canonical JSON is the key) is
 * answered from `cache` without a model call: same text, finishReason and usage, `costUsd: 0`, and a warning
 * starting with {@link RESPONSE_CACHE_HIT_WARNING}. Only complete answers (`finishReason: 'stop'`) are stored.
 * The cache never makes a call fail: an unreadable entry means a model call, an entry that cannot be stored
 * still returns the answer — each with a warning. An already-aborted signal rejects with `AbortedError`.
 * The wrapped provider's `pricing` and `countTokens` are passed through.
 */
export function withResponseCache(provider: LlmProviderV1, options: WithResponseCacheOptions): LlmProviderV1 {
  const now = options.now ?? Date.now;
  // Optional members of newer spec versions, passed through so that budget checks still see them.
  const { pricing, countTokens } = provider as {
    pricing?: ModelPrice;
    countTokens?: (text: string) => number;
  };
  const cached = {
    specificationVersion: 'v1' as const,
    providerId: provider.providerId,
    modelId: provider.modelId,
    ...(pricing === undefined ? {} : { pricing }),
    ...(typeof countTokens === 'function'
      ? { countTokens: (text: string) => countTokens.call(provider, text) }
      : {}),
    async doGenerate(call: LlmProviderV1GenerateOptions): Promise<LlmProviderV1GenerateResult> {
      if (call?.abortSignal?.aborted) {
        throw new AbortedError({
          operation: `${provider.providerId} cached generation`,
          cause: call.abortSignal.reason,
        });
      }
      // Malformed options are the provider's to reject, with its precise error.
      if (!Array.isArray(call?.messages)) return provider.doGenerate(call);
      const request = toCachedRequest(provider, call);
      const key = responseCacheKey(request);
      const warnings: string[] = [];
      try {
        const entry = await options.cache.get(key);
        const fresh =
          entry !== undefined &&
          (options.maxAgeMs === undefined || now() - Date.parse(entry.storedAt) <= options.maxAgeMs);
        if (fresh && entry.version === 1 && canonicalJson(entry.request) === canonicalJson(request)) {
          return hit(entry, key);
        }
        if (fresh)
          warnings.push(`response cache entry ${key.slice(0, 12)} belongs to another request; ignored it`);
      } catch (error) {
        warnings.push(
          `response cache entry ${key.slice(0, 12)} could not be read (${describeError(error)}); asked the model`,
        );
      }
      const result = await provider.doGenerate(call);
      if (result.finishReason === 'stop') {
        try {
          await options.cache.set(key, store(request, result, now()));
        } catch (error) {
          warnings.push(`the answer could not be stored in the response cache (${describeError(error)})`);
        }
      }
      return warnings.length === 0
        ? result
        : { ...result, warnings: [...(result.warnings ?? []), ...warnings] };
    },
  };
  return cached;
}
