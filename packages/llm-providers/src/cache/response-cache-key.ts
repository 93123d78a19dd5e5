import { createHash } from 'node:crypto';
import type { LlmProviderV1, LlmProviderV1GenerateOptions } from '@triagekit/core';
import { canonicalJson } from './canonical-json.js';
import type { CachedRequest } from './response-cache.js';

/** The parts of a call that decide its answer (the signal does not). */
export function toCachedRequest(
  provider: LlmProviderV1,
  options: LlmProviderV1GenerateOptions,
): CachedRequest {
  return {
    providerId: provider.providerId,
    modelId: provider.modelId,
    messages: options.messages.map((message) => ({ role: message.role, content: message.content })),
    maxOutputTokens: options.maxOutputTokens,
    temperature: options.temperature ?? null,
    responseFormat: options.responseFormat ?? null,
  };
}

/**
 * The cache key of a request: the SHA-256 (lowercase hex) of the canonical JSON of providerId, modelId,
 * messages, maxOutputTokens, temperature and responseFormat — so any difference in any of them, and nothing
 * else, gives another key.
 */
export function responseCacheKey(request: CachedRequest): string {
  return createHash('sha256')
    .update(canonicalJson({ keyVersion: 1, ...request }))
    .digest('hex');
}
