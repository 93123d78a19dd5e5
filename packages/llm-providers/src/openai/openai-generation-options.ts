import type { PriceTable } from '../pricing/model-price.js';
import type { RetryOptions } from '../retry/retry-options.js';

/** Default per-attempt timeout of a chat call, in milliseconds. */
export const DEFAULT_GENERATION_TIMEOUT_MS = 60_000;

/** Options shared by every OpenAI-protocol chat provider. */
export interface OpenAiGenerationOptions {
  /** The model (OpenAI) or model / deployment name (compatible servers), e.g. `gpt-4o-mini`, `llama3.1:8b`. */
  readonly model: string;
  /**
   * Sampling temperature when a call does not set one. Default 0, for reproducible summaries. `null` never
   * sends a temperature. It is never sent to reasoning models (o-series, GPT-5 and later), which reject it;
   * a warning says so when one was asked for explicitly.
   */
  readonly temperature?: number | null;
  /**
   * Which API to call: `chat-completions` (`POST /chat/completions`, default) or `responses`
   * (`POST /responses`, always with `store: false`).
   */
  readonly api?: 'chat-completions' | 'responses';
  /** `reasoning_effort` for reasoning models, e.g. `low` to leave more of the token cap to the answer. */
  readonly reasoningEffort?: 'none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh';
  /** Per attempt, in milliseconds, answer body included. Default 60,000. */
  readonly timeoutMs?: number;
  /** Further attempts after a retryable failure (408, 409, 429, 5xx, timeout, connection error). Default 2. */
  readonly maxRetries?: number;
  /** Backoff, `retry-after` cap, and an injectable sleep and clock. */
  readonly retry?: RetryOptions;
  /** Prices by model name, merged over the built-in table (USD per million tokens). */
  readonly prices?: PriceTable;
}
