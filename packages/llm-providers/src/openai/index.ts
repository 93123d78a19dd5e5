export { OPENAI_PRICES } from '../pricing/openai-prices.js';
export type { RetryOptions } from '../retry/retry-options.js';
export { createOpenAiCompatibleEmbeddingModel } from './create-openai-compatible-embedding-model.js';
export { createOpenAiCompatibleProvider } from './create-openai-compatible-provider.js';
export { createOpenAiEmbeddingModel } from './create-openai-embedding-model.js';
export { createOpenAiProvider } from './create-openai-provider.js';
export type { OpenAiCompatibleProviderOptions } from './openai-compatible-provider-options.js';
export { OPENAI_EMBEDDING_DIMENSIONS } from './openai-embedding-dimensions.js';
export {
  DEFAULT_EMBEDDING_TIMEOUT_MS,
  type EmbeddingCallOptions,
  type OpenAiCompatibleEmbeddingModelOptions,
  type OpenAiEmbeddingModelOptions,
} from './openai-embedding-model-options.js';
export { DEFAULT_GENERATION_TIMEOUT_MS, type OpenAiGenerationOptions } from './openai-generation-options.js';
export { isOpenAiReasoningModel } from './openai-model-traits.js';
export type { OpenAiProviderOptions } from './openai-provider-options.js';
