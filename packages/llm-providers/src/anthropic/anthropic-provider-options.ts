import type Anthropic from '@anthropic-ai/sdk';
import type { PriceTable } from '../pricing/model-price.js';
import type { RetryOptions } from '../retry/retry-options.js';

/** Default per-attempt timeout of a Claude call, in milliseconds. */
export const DEFAULT_ANTHROPIC_TIMEOUT_MS = 60_000;

/** How a JSON answer is obtained from Claude. */
export type AnthropicJsonMode = 'auto' | 'tool' | 'output-format' | 'instructions';

/** Options of {@link createAnthropicProvider}. */
export interface AnthropicProviderOptions {
  /** e.g. `claude-haiku-4-5`, `claude-sonnet-5-5`. */
  readonly model: string;
  /** Default: the `ANTHROPIC_API_KEY` environment variable (then the SDK's own credential chain). */
  readonly apiKey?: string;
  /** Default: `ANTHROPIC_BASE_URL`, else `https://api.anthropic.com`. */
  readonly baseURL?: string;
  /** Extra headers on every request. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Your own configured client; mutually exclusive with `apiKey`, `baseURL`, `headers`. */
  readonly client?: Anthropic;
  /**
   * Sampling temperature when a call does not set one. Default 0; `null` never sends one. Never sent to
   * models that reject it (Opus 4.7+, Sonnet 5+, Haiku 5+); a warning says so when it was set explicitly.
   */
  readonly temperature?: number | null;
  /**
   * How JSON with a schema is obtained. `tool`: one forced tool whose `input_schema` is the schema (the tool
   * is never executed; its input is the answer). `output-format`: `output_config.format` (structured
   * outputs). `instructions`: the schema in the system prompt. `auto` (default): `tool` for models that
   * accept a forced tool choice, `output-format` for the others. JSON without a schema always uses
   * instructions.
   */
  readonly jsonMode?: AnthropicJsonMode;
  /** `output_config.effort` for models that think adaptively, e.g. `low` to keep thinking short. */
  readonly effort?: 'low' | 'medium' | 'high' | 'xhigh' | 'max';
  /** Per attempt, in milliseconds, answer body included. Default 60,000. */
  readonly timeoutMs?: number;
  /** Further attempts after a retryable failure (408, 409, 429, 5xx incl. 529, timeout, connection). Default 2. */
  readonly maxRetries?: number;
  /** Backoff, `retry-after` cap, and an injectable sleep and clock. */
  readonly retry?: RetryOptions;
  /** Prices by model name, merged over the built-in table (USD per million tokens). */
  readonly prices?: PriceTable;
}
