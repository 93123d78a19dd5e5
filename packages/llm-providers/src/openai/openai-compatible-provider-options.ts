import type { OpenAiGenerationOptions } from './openai-generation-options.js';

/** Options of {@link createOpenAiCompatibleProvider}. */
export interface OpenAiCompatibleProviderOptions extends OpenAiGenerationOptions {
  /**
   * Names the server in the provider id `openai-compatible:<name>`, e.g. `ollama`, `vllm`, `azure`. Letters,
   * digits, `.`, `_` and `-`.
   */
  readonly name: string;
  /**
   * The API root, up to where `/chat/completions` is appended: `http://localhost:11434/v1` (Ollama),
   * `https://<resource>.openai.azure.com/openai/deployments/<deployment>` (Azure). Required: the
   * `OPENAI_BASE_URL` environment variable is never read.
   */
  readonly baseURL: string;
  /**
   * Sent as `Authorization: Bearer`. Default: none, and then no `Authorization` header at all (the
   * `OPENAI_API_KEY` environment variable is never read, so an OpenAI key cannot leak to another server).
   */
  readonly apiKey?: string;
  /** Extra headers on every request, e.g. `{ 'api-key': '...' }` for Azure. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Query parameters on every request, e.g. `{ 'api-version': '2024-10-21' }` for Azure. */
  readonly queryParams?: Readonly<Record<string, string>>;
  /**
   * Whether the server supports `response_format: { type: 'json_schema' }`. Default true (Ollama, vLLM,
   * llama.cpp server and Azure do). When false, a schema travels in the system prompt instead.
   */
  readonly structuredOutputs?: boolean;
  /**
   * Whether the server supports `response_format: { type: 'json_object' }`, used when `structuredOutputs`
   * is false or no schema is given. Default true. When false, JSON is asked for in the prompt only.
   */
  readonly jsonMode?: boolean;
  /**
   * The request field carrying the token cap. Default `max_tokens`, which every compatible server knows;
   * Azure reasoning deployments need `max_completion_tokens`.
   */
  readonly maxTokensParameter?: 'max_tokens' | 'max_completion_tokens';
}
