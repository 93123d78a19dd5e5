import type { LlmProviderV1 } from '@triagekit/core';
import { createSecretScrubber } from '../errors/secret-scrubber.js';
import { secretValues } from '../errors/secret-values.js';
import { checkHttpUrl, throwIfIssues } from '../internal/option-checks.js';
import { findModelPrice } from '../pricing/find-model-price.js';
import { OPENAI_PRICES } from '../pricing/openai-prices.js';
import { resolveRetryPolicy } from '../retry/retry-options.js';
import { checkGenerationOptions } from './check-generation-options.js';
import { createOpenAiClient } from './create-openai-client.js';
import { createOpenAiLanguageModel } from './create-openai-language-model.js';
import { DEFAULT_GENERATION_TIMEOUT_MS } from './openai-generation-options.js';
import type { OpenAiProviderOptions } from './openai-provider-options.js';

const source = 'createOpenAiProvider options';

/**
 * An `LlmProviderV1` (`providerId` `openai`) on the official `openai` SDK: Chat Completions by default, with
 * structured output (`response_format` `json_schema`, strict, when a schema is given; `json_object`
 * otherwise), or the Responses API (`api: 'responses'`, `text.format`, `store: false`). Temperature defaults
 * to 0. The SDK's retries are off; this package retries 408/409/429/5xx, timeouts and connection errors
 * (`maxRetries`, default 2) honouring `retry-after`. Each result carries usage and `costUsd` from
 * {@link OPENAI_PRICES} merged with `prices` (no price → no cost and a warning).
 * @throws InvalidInputError at creation for invalid options or a missing API key.
 * @example
 * const provider = createOpenAiProvider({ model: 'gpt-4o-mini' }); // reads OPENAI_API_KEY
 */
export function createOpenAiProvider(options: OpenAiProviderOptions): LlmProviderV1 {
  const connection = ['apiKey', 'baseURL', 'organization', 'headers'] as const;
  throwIfIssues(source, [
    ...checkGenerationOptions(options ?? ({} as OpenAiProviderOptions)),
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
  const timeoutMs = options.timeoutMs ?? DEFAULT_GENERATION_TIMEOUT_MS;
  const client = options.client ?? createOpenAiClient(options, timeoutMs, source);
  const prices = { ...OPENAI_PRICES, ...options.prices };
  return createOpenAiLanguageModel({
    providerId: 'openai',
    service: 'OpenAI',
    modelId: options.model,
    client,
    api: options.api ?? 'chat-completions',
    temperature: options.temperature === undefined ? 0 : options.temperature,
    temperatureExplicit: options.temperature !== undefined,
    schemaSupport: 'json-schema',
    plainJsonSupport: 'json-object',
    strictJsonSchema: options.strictJsonSchema ?? true,
    maxTokensParameter: 'max_completion_tokens',
    reasoningEffort: options.reasoningEffort,
    timeoutMs,
    retry: resolveRetryPolicy(options.maxRetries, options.retry),
    prices,
    pricing: findModelPrice(prices, options.model),
    scrub: createSecretScrubber([client.apiKey ?? undefined, ...secretValues(options.headers)]),
  });
}
