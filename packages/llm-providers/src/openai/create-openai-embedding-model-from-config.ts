import {
  AbortedError,
  type EmbeddingModelV1,
  type EmbeddingModelV1EmbedOptions,
  type EmbeddingModelV1EmbedResult,
} from '@triagekit/core';
import type { EmbeddingCreateParams } from 'openai/resources/embeddings';
import { describeSdkFailure } from '../errors/describe-sdk-failure.js';
import { describeUrl } from '../internal/describe-url.js';
import { throwIfIssues } from '../internal/option-checks.js';
import { callWithRetries } from '../retry/call-with-retries.js';
import type { OpenAiEmbeddingModelConfig } from './openai-embedding-model-config.js';
import { openAiErrorClasses, readOpenAiError } from './openai-sdk-errors.js';
import { readEmbeddings } from './read-embeddings.js';

function checkValues(providerId: string, values: unknown): void {
  if (!Array.isArray(values)) {
    throwIfIssues(`doEmbed options of ${providerId}`, [
      { path: 'values', message: 'must be an array of strings' },
    ]);
    return;
  }
  throwIfIssues(
    `doEmbed options of ${providerId}`,
    values.flatMap((value: unknown, index) =>
      typeof value === 'string' && value.trim() !== ''
        ? []
        : [{ path: `values[${index}]`, message: 'must be a non-empty string (the API rejects empty input)' }],
    ),
  );
}

/**
 * An `EmbeddingModelV1` over the OpenAI SDK's `embeddings.create`, shared by the OpenAI and compatible
 * models. `doEmbed` accepts any number of values: it sends batches of `maxEmbeddingsPerCall` one after the
 * other (each with its own retries and timeout) and returns one vector per value, in input order.
 */
export function createOpenAiEmbeddingModelFromConfig(config: OpenAiEmbeddingModelConfig): EmbeddingModelV1 {
  const url = describeUrl(config.client.baseURL, '/embeddings');
  const operation = `${config.service} embeddings (${config.modelId})`;
  return {
    specificationVersion: 'v1',
    providerId: config.providerId,
    modelId: config.modelId,
    dimensions: config.dimensions,
    maxEmbeddingsPerCall: config.maxEmbeddingsPerCall,
    async doEmbed(options: EmbeddingModelV1EmbedOptions): Promise<EmbeddingModelV1EmbedResult> {
      checkValues(config.providerId, options?.values);
      if (options.abortSignal?.aborted)
        throw new AbortedError({ operation, cause: options.abortSignal.reason });
      const embeddings: number[][] = [];
      let tokens: number | undefined = 0;
      let retried = 0;
      for (let start = 0; start < options.values.length; start += config.maxEmbeddingsPerCall) {
        const batch = options.values.slice(start, start + config.maxEmbeddingsPerCall);
        const body: EmbeddingCreateParams = {
          model: config.modelId,
          input: batch,
          ...(config.sendDimensions ? { dimensions: config.dimensions } : {}),
          ...(config.encodingFormat ? { encoding_format: config.encodingFormat } : {}),
        };
        const { value, attempts } = await callWithRetries(
          {
            operation,
            timeoutMs: config.timeoutMs,
            retry: config.retry,
            abortSignal: options.abortSignal,
            describeFailure: (error, failure) =>
              describeSdkFailure(error, failure, {
                service: config.service,
                url,
                timeoutMs: config.timeoutMs,
                classes: openAiErrorClasses,
                readProviderError: readOpenAiError,
                scrub: config.scrub,
                now: config.retry.now,
              }),
          },
          async ({ signal }) => {
            const answer: unknown = await config.client.embeddings.create(body, {
              maxRetries: 0,
              timeout: config.timeoutMs,
              signal,
            });
            return readEmbeddings(answer, batch.length, config.dimensions);
          },
        );
        embeddings.push(...value.embeddings);
        tokens = tokens === undefined || value.tokens === undefined ? undefined : tokens + value.tokens;
        retried += attempts - 1;
      }
      const warnings = retried > 0 ? [`${retried} retries after retryable failures`] : [];
      return {
        embeddings,
        ...(tokens === undefined ? {} : { usage: { tokens } }),
        ...(warnings.length > 0 ? { warnings } : {}),
      };
    },
  };
}
