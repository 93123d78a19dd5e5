export { ANTHROPIC_PRICES } from '../pricing/anthropic-prices.js';
export type { RetryOptions } from '../retry/retry-options.js';
export {
  type AnthropicJsonMode,
  type AnthropicProviderOptions,
  DEFAULT_ANTHROPIC_TIMEOUT_MS,
} from './anthropic-provider-options.js';
export { type ClaudeModelTraits, claudeModelTraits } from './claude-model-traits.js';
export { createAnthropicProvider } from './create-anthropic-provider.js';
