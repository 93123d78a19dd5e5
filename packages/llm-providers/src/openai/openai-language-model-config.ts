import type OpenAI from 'openai';
import type { SecretScrubber } from '../errors/secret-scrubber.js';
import type { ModelPrice, PriceTable } from '../pricing/model-price.js';
import type { ResolvedRetryPolicy } from '../retry/retry-options.js';

/** How JSON answers are obtained from a server speaking the OpenAI protocol, best first. */
export type JsonSupport = 'json-schema' | 'json-object' | 'instructions';

/** Everything an OpenAI-protocol chat model needs, resolved from the public options. */
export interface OpenAiLanguageModelConfig {
  readonly providerId: string;
  /** Names the service in messages, e.g. `OpenAI` or `openai-compatible:ollama`. */
  readonly service: string;
  readonly modelId: string;
  readonly client: OpenAI;
  readonly api: 'chat-completions' | 'responses';
  /** Default temperature; `null` never sends one. */
  readonly temperature: number | null;
  /** Whether `temperature` was set explicitly (dropping it for a reasoning model then warns). */
  readonly temperatureExplicit: boolean;
  /** With a schema: the best JSON support the server has. */
  readonly schemaSupport: JsonSupport;
  /** Without a schema: `json-object` or `instructions`. */
  readonly plainJsonSupport: Exclude<JsonSupport, 'json-schema'>;
  readonly strictJsonSchema: boolean;
  readonly maxTokensParameter: 'max_tokens' | 'max_completion_tokens';
  readonly reasoningEffort: string | undefined;
  readonly timeoutMs: number;
  readonly retry: ResolvedRetryPolicy;
  readonly prices: PriceTable;
  /** The configured model's price, exposed as the provider's `pricing` for budget checks before a call. */
  readonly pricing: ModelPrice | undefined;
  readonly scrub: SecretScrubber;
}
