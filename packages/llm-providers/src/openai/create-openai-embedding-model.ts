import type { EmbeddingModelV1 } from '@triagekit/core';
import { createSecretScrubber } from '../errors/secret-scrubber.js';
import { secretValues } from '../errors/secret-values.js';
import {
  checkHttpUrl,
  checkNonEmptyString,
  checkPositiveInteger,
  throwIfIssues,
} from '../internal/option-checks.js';
import { checkRetryOptions, resolveRetryPolicy } from '../retry/retry-options.js';
import { createOpenAiClient } from './create-openai-client.js';
import { createOpenAiEmbeddingModelFromConfig } from './create-openai-embedding-model-from-config.js';
import { OPENAI_EMBEDDING_DIMENSIONS } from './openai-embedding-dimensions.js';
import {
  DEFAULT_EMBEDDING_TIMEOUT_MS,
  type OpenAiEmbeddingModelOptions,
} from './openai-embedding-model-options.js';

const source = 'createOpenAiEmbeddingModel options';

/**
 * An `EmbeddingModelV1` (`providerId` `openai`) on the official SDK's `embeddings.create`. `doEmbed` takes
 * any number of values, sends them in batches of `maxEmbeddingsPerCall` (default 512) and returns the
 * vectors in input order, with the tokens used. SDK retries off; bounded retries and a timeout per batch.
 * @throws InvalidInputError at creation for invalid options, a missing API key, or an unknown model without
 * `dimensions`.
 */
export function createOpenAiEmbeddingModel(options: OpenAiEmbeddingModelOptions): EmbeddingModelV1 {
  const connection = ['apiKey', 'baseURL', 'organization', 'headers'] as const;
  const known = typeof options?.model === 'string' ? OPENAI_EMBEDDING_DIMENSIONS[options.model] : undefined;
  throwIfIssues(source, [
    ...checkNonEmptyString('model', options?.model, true),
    ...checkPositiveInteger('dimensions', options?.dimensions),
    ...(options?.dimensions === undefined && known === undefined && typeof options?.model === 'string'
      ? [{ path: 'dimensions', message: `is required for model "${options.model}": give its vector length` }]
      : []),
    ...checkPositiveInteger('maxEmbeddingsPerCall', options?.maxEmbeddingsPerCall),
    ...checkPositiveInteger('timeoutMs', options?.timeoutMs),
    ...checkRetryOptions(options?.maxRetries, options?.retry),
    ...checkHttpUrl('baseURL', options?.baseURL),
    ...(options?.client !== undefined && connection.some((key) => options[key] !== undefined)
      ? [
          {
            path: 'client',
            message: `cannot be combined with ${connection.join(', ')}: configure your client instead`,
          },
        ]
      : []),
  ]);
  const timeoutMs = options.timeoutMs ?? DEFAULT_EMBEDDING_TIMEOUT_MS;
  const client = options.client ?? createOpenAiClient(options, timeoutMs, source);
  return createOpenAiEmbeddingModelFromConfig({
    providerId: 'openai',
    service: 'OpenAI',
    modelId: options.model,
    client,
    dimensions: options.dimensions ?? (known as number),
    sendDimensions: options.dimensions !== undefined,
    encodingFormat: undefined,
    maxEmbeddingsPerCall: options.maxEmbeddingsPerCall ?? 512,
    timeoutMs,
    retry: resolveRetryPolicy(options.maxRetries, options.retry),
    scrub: createSecretScrubber([client.apiKey ?? undefined, ...secretValues(options.headers)]),
  });
}
