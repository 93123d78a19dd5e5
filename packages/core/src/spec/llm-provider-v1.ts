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

/**
 * A chat model. `doGenerate` makes exactly one call (the pipeline adds budgets, retries and timeouts).
 * Throw `ApiCallError` (with `isRetryable`) on transport/HTTP failures.
 */
export interface LlmProviderV1 {
  readonly specificationVersion: 'v1';
  /** e.g. `openai`, `anthropic`, `openai-compatible:ollama`. */
  readonly providerId: string;
  readonly modelId: string;
  doGenerate(options: LlmProviderV1GenerateOptions): Promise<LlmProviderV1GenerateResult>;
}
