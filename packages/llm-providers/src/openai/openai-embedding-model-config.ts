import type OpenAI from 'openai';
import type { SecretScrubber } from '../errors/secret-scrubber.js';
import type { ResolvedRetryPolicy } from '../retry/retry-options.js';

/** Everything an OpenAI-protocol embedding model needs, resolved from the public options. */
export interface OpenAiEmbeddingModelConfig {
  readonly providerId: string;
  readonly service: string;
  readonly modelId: string;
  readonly client: OpenAI;
  readonly dimensions: number;
  /** Whether `dimensions` goes into the request. */
  readonly sendDimensions: boolean;
  /** `undefined` lets the SDK ask for base64 (smaller answers); compatible servers get `float`. */
  readonly encodingFormat: 'float' | undefined;
  readonly maxEmbeddingsPerCall: number;
  readonly timeoutMs: number;
  readonly retry: ResolvedRetryPolicy;
  readonly scrub: SecretScrubber;
}
