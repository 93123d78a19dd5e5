/** One chat message. Evidence always travels inside `user` content as delimited, quoted data. */
export interface LlmMessageV1 {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

export interface LlmProviderV1GenerateOptions {
  readonly messages: readonly LlmMessageV1[];
  /** Hard cap on generated tokens. */
  readonly maxOutputTokens: number;
  /** Sampling temperature; providers default to 0 for reproducibility. */
  readonly temperature?: number;
  /** Ask for JSON, optionally matching a JSON Schema (structured output where the provider has it). */
  readonly responseFormat?:
    | { readonly type: 'text' }
    | {
        readonly type: 'json';
        readonly name?: string;
        readonly schema?: Record<string, unknown>;
      };
  readonly abortSignal?: AbortSignal;
}

export interface LlmUsageV1 {
  readonly inputTokens: number;
  readonly outputTokens: number;
}

export interface LlmProviderV1GenerateResult {
  readonly text: string;
  readonly usage: LlmUsageV1;
  readonly finishReason: 'stop' | 'length' | 'content-filter' | 'error' | 'other';
  /** Cost of this call in US dollars, when the provider knows its prices. */
  readonly costUsd?: number;
  readonly warnings?: readonly string[];
  readonly response?: { readonly id?: string; readonly modelId?: string };
}

/** Prices of a model, in US dollars per million tokens. */
export interface LlmPricingV1 {
  readonly inputUsdPerMillionTokens: number;
  readonly outputUsdPerMillionTokens: number;
}

/**
 * A chat model. `doGenerate` sends one request. Providers may retry transient failures (429, 5xx, dropped
 * connections) internally, up to their own configured bound and within the call's AbortSignal; the pipeline
 * adds budgets, timeouts and its own limit on calls around them. Throw `ApiCallError` (with `isRetryable`)
 * on transport/HTTP failures once the provider's retries are used up.
 */
export interface LlmProviderV1 {
  readonly specificationVersion: 'v1';
  /** e.g. `openai`, `anthropic`, `openai-compatible:ollama`. */
  readonly providerId: string;
  readonly modelId: string;
  /**
   * The model's prices, when the provider knows them. With them the pipeline checks the worst-case cost of a
   * call (prompt tokens plus `maxOutputTokens`) against `budget.costUsd` before making it; without them cost
   * is only accounted after the fact, from `costUsd` in the result.
   */
  readonly pricing?: LlmPricingV1;
  /**
   * Counts the tokens of a text with the model's own tokenizer, when the provider has one. The pipeline
   * otherwise estimates conservatively (one token per three characters).
   */
  countTokens?(text: string): number;
  doGenerate(options: LlmProviderV1GenerateOptions): Promise<LlmProviderV1GenerateResult>;
}
