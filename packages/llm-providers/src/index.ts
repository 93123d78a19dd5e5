export { createFileResponseCache, type FileResponseCacheOptions } from './cache/file-response-cache.js';
export { createMemoryResponseCache, type MemoryResponseCacheOptions } from './cache/memory-response-cache.js';
export type { CachedRequest, CachedResponse, ResponseCache } from './cache/response-cache.js';
export { responseCacheKey } from './cache/response-cache-key.js';
export {
  RESPONSE_CACHE_HIT_WARNING,
  type WithResponseCacheOptions,
  withResponseCache,
} from './cache/with-response-cache.js';
export { ANTHROPIC_PRICES } from './pricing/anthropic-prices.js';
export { findModelPrice } from './pricing/find-model-price.js';
export type { ModelPrice, PriceTable } from './pricing/model-price.js';
export { OPENAI_PRICES } from './pricing/openai-prices.js';
export { PRICES_COMPILED_ON } from './pricing/prices-compiled-on.js';
export {
  DEFAULT_INITIAL_RETRY_DELAY_MS,
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_RETRY_AFTER_MS,
  DEFAULT_MAX_RETRY_DELAY_MS,
  type RetryOptions,
} from './retry/retry-options.js';
