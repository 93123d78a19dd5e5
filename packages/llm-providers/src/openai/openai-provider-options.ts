import type OpenAI from 'openai';
import type { OpenAiGenerationOptions } from './openai-generation-options.js';

/** Options of {@link createOpenAiProvider}. */
export interface OpenAiProviderOptions extends OpenAiGenerationOptions {
  /** Default: the `OPENAI_API_KEY` environment variable. Sent only as `Authorization: Bearer`. */
  readonly apiKey?: string;
  /** Default: `OPENAI_BASE_URL`, else `https://api.openai.com/v1`. */
  readonly baseURL?: string;
  /** Sent as `OpenAI-Organization`. Default: `OPENAI_ORG_ID`, else none. */
  readonly organization?: string;
  /** Extra headers on every request. */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Your own configured client (proxy, custom fetch, Azure `AzureOpenAI`). Mutually exclusive with `apiKey`,
   * `baseURL`, `organization` and `headers`. Its own retries are overridden with `maxRetries: 0` per request.
   */
  readonly client?: OpenAI;
  /**
   * Whether a JSON Schema is sent with `strict: true` (the model's output then always matches it; the
   * schema must close every object with `additionalProperties: false` and list all properties as required).
   * Default true.
   */
  readonly strictJsonSchema?: boolean;
}
