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
import { checkCompatibleServerName } from './check-compatible-server-name.js';
import { createCompatibleClient } from './create-compatible-client.js';
import { createOpenAiEmbeddingModelFromConfig } from './create-openai-embedding-model-from-config.js';
import {
  DEFAULT_EMBEDDING_TIMEOUT_MS,
  type OpenAiCompatibleEmbeddingModelOptions,
} from './openai-embedding-model-options.js';

/**
 * An `EmbeddingModelV1` (`providerId` `openai-compatible:<name>`) for a server with an OpenAI-style
 * `POST /embeddings` (Ollama, vLLM, llama.cpp server with `--embeddings`, Azure, gateways). Asks for
 * `encoding_format: 'float'`, which every such server supports. Batches of `maxEmbeddingsPerCall` (default
 * 64), results in input order. No environment variable is read; no `Authorization` header without `apiKey`.
 * @throws InvalidInputError at creation for invalid options (`dimensions` is required).
 */
export function createOpenAiCompatibleEmbeddingModel(
  options: OpenAiCompatibleEmbeddingModelOptions,
): EmbeddingModelV1 {
  throwIfIssues('createOpenAiCompatibleEmbeddingModel options', [
    ...checkCompatibleServerName(options?.name),
    ...checkHttpUrl('baseURL', options?.baseURL, true),
    ...checkNonEmptyString('model', options?.model, true),
    ...(options?.dimensions === undefined
      ? [
          {
            path: 'dimensions',
            message: "is required: the model's vector length (e.g. 768 for nomic-embed-text)",
          },
        ]
      : checkPositiveInteger('dimensions', options.dimensions)),
    ...checkPositiveInteger('maxEmbeddingsPerCall', options?.maxEmbeddingsPerCall),
    ...checkPositiveInteger('timeoutMs', options?.timeoutMs),
    ...checkRetryOptions(options?.maxRetries, options?.retry),
  ]);
  const timeoutMs = options.timeoutMs ?? DEFAULT_EMBEDDING_TIMEOUT_MS;
  const providerId = `openai-compatible:${options.name}`;
  return createOpenAiEmbeddingModelFromConfig({
    providerId,
    service: providerId,
    modelId: options.model,
    client: createCompatibleClient(options, timeoutMs),
    dimensions: options.dimensions,
    sendDimensions: options.sendDimensions ?? false,
    encodingFormat: 'float',
    maxEmbeddingsPerCall: options.maxEmbeddingsPerCall ?? 64,
    timeoutMs,
    retry: resolveRetryPolicy(options.maxRetries, options.retry),
    scrub: createSecretScrubber([
      options.apiKey,
      ...secretValues(options.headers),
      ...secretValues(options.queryParams),
    ]),
  });
}
