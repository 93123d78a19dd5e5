import type { LlmProviderV1 } from '@triagekit/core';
import { createSecretScrubber } from '../errors/secret-scrubber.js';
import { secretValues } from '../errors/secret-values.js';
import { checkHttpUrl, throwIfIssues } from '../internal/option-checks.js';
import { findModelPrice } from '../pricing/find-model-price.js';
import { resolveRetryPolicy } from '../retry/retry-options.js';
import { checkCompatibleServerName } from './check-compatible-server-name.js';
import { checkGenerationOptions } from './check-generation-options.js';
import { createCompatibleClient } from './create-compatible-client.js';
import { createOpenAiLanguageModel } from './create-openai-language-model.js';
import type { OpenAiCompatibleProviderOptions } from './openai-compatible-provider-options.js';
import { DEFAULT_GENERATION_TIMEOUT_MS } from './openai-generation-options.js';

/**
 * An `LlmProviderV1` (`providerId` `openai-compatible:<name>`) for servers that speak the OpenAI protocol —
 * Ollama, vLLM, llama.cpp server, Azure OpenAI, gateways — through the official `openai` SDK pointed at
 * `baseURL`, with your `headers` and `queryParams`. No environment variable is read and no `Authorization`
 * header is sent unless `apiKey` is given. JSON: `json_schema` when `structuredOutputs` (default), else
 * `json_object` (when `jsonMode`, default) or plain text, with the schema and a JSON instruction in the
 * system prompt and a single code fence around the reply removed. No built-in prices: pass `prices` to get
 * `costUsd` (a warning says so otherwise).
 * @throws InvalidInputError at creation for invalid options.
 * @example
 * createOpenAiCompatibleProvider({ name: 'ollama', baseURL: 'http://localhost:11434/v1', model: 'llama3.1:8b' });
 */
export function createOpenAiCompatibleProvider(options: OpenAiCompatibleProviderOptions): LlmProviderV1 {
  throwIfIssues('createOpenAiCompatibleProvider options', [
    ...checkCompatibleServerName(options?.name),
    ...checkHttpUrl('baseURL', options?.baseURL, true),
    ...checkGenerationOptions(options ?? ({} as OpenAiCompatibleProviderOptions)),
  ]);
  const timeoutMs = options.timeoutMs ?? DEFAULT_GENERATION_TIMEOUT_MS;
  const providerId = `openai-compatible:${options.name}`;
  const structuredOutputs = options.structuredOutputs ?? true;
  const plainJsonSupport = (options.jsonMode ?? true) ? 'json-object' : 'instructions';
  return createOpenAiLanguageModel({
    providerId,
    service: providerId,
    modelId: options.model,
    client: createCompatibleClient(options, timeoutMs),
    api: options.api ?? 'chat-completions',
    temperature: options.temperature === undefined ? 0 : options.temperature,
    temperatureExplicit: options.temperature !== undefined,
    schemaSupport: structuredOutputs ? 'json-schema' : plainJsonSupport,
    plainJsonSupport,
    strictJsonSchema: true,
    maxTokensParameter: options.maxTokensParameter ?? 'max_tokens',
    reasoningEffort: options.reasoningEffort,
    timeoutMs,
    retry: resolveRetryPolicy(options.maxRetries, options.retry),
    prices: { ...options.prices },
    pricing: findModelPrice(options.prices ?? {}, options.model),
    scrub: createSecretScrubber([
      options.apiKey,
      ...secretValues(options.headers),
      ...secretValues(options.queryParams),
    ]),
  });
}
