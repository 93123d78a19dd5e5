import type {
  LlmProviderV1,
  LlmProviderV1GenerateOptions,
  LlmProviderV1GenerateResult,
} from '@triagekit/core';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { ResponseCreateParamsNonStreaming } from 'openai/resources/responses/responses';
import { describeSdkFailure } from '../errors/describe-sdk-failure.js';
import { finishGeneration } from '../generation/finish-generation.js';
import { validateGenerateOptions } from '../generation/validate-generate-options.js';
import { describeUrl } from '../internal/describe-url.js';
import { callWithRetries } from '../retry/call-with-retries.js';
import { buildChatCompletionRequest } from './build-chat-completion-request.js';
import { buildResponsesRequest } from './build-responses-request.js';
import type { OpenAiLanguageModelConfig } from './openai-language-model-config.js';
import { openAiErrorClasses, readOpenAiError } from './openai-sdk-errors.js';
import { planJsonOutput } from './plan-json-output.js';
import { readChatCompletion } from './read-chat-completion.js';
import { readResponse } from './read-response.js';
import { resolveTemperature } from './resolve-temperature.js';

/**
 * An `LlmProviderV1` over the OpenAI SDK, shared by the OpenAI and the OpenAI-compatible providers. Each
 * `doGenerate` validates its options, builds one request (Chat Completions or Responses API), sends it with
 * the SDK's retries off, this package's bounded retries and a per-attempt timeout, reads the answer and
 * prices it. `pricing` is set when the model has a price. A temperature that cannot be sent is reported in
 * the warnings of the first call only.
 */
export function createOpenAiLanguageModel(config: OpenAiLanguageModelConfig): LlmProviderV1 {
  const path = config.api === 'responses' ? '/responses' : '/chat/completions';
  const url = describeUrl(config.client.baseURL, path);
  const operation = `${config.service} ${config.api === 'responses' ? 'response' : 'chat completion'} (${config.modelId})`;
  let temperatureWarned = false;
  // Built as a variable, not returned as a literal: `pricing` is optional in the spec.
  const provider = {
    specificationVersion: 'v1' as const,
    providerId: config.providerId,
    modelId: config.modelId,
    ...(config.pricing ? { pricing: config.pricing } : {}),
    async doGenerate(options: LlmProviderV1GenerateOptions): Promise<LlmProviderV1GenerateResult> {
      validateGenerateOptions(config.providerId, options);
      const plan = planJsonOutput(options, config);
      const temperature = resolveTemperature(options, config);
      const requestOptions = { maxRetries: 0, timeout: config.timeoutMs } as const;
      const unwrapFence = plan.mode === 'json-object' || plan.mode === 'instructions';
      const { value: outcome, attempts } = await callWithRetries(
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
          if (config.api === 'responses') {
            const body = buildResponsesRequest(options, config, plan, temperature.temperature);
            const answer: unknown = await config.client.responses.create(
              body as unknown as ResponseCreateParamsNonStreaming,
              { ...requestOptions, signal },
            );
            return readResponse(answer, unwrapFence);
          }
          const body = buildChatCompletionRequest(options, config, plan, temperature.temperature);
          const answer: unknown = await config.client.chat.completions.create(
            body as unknown as ChatCompletionCreateParamsNonStreaming,
            { ...requestOptions, signal },
          );
          return readChatCompletion(answer, unwrapFence);
        },
      );
      // Said once per provider: the caller's setting does not change between calls.
      const warnings = temperature.warning && !temperatureWarned ? [temperature.warning] : [];
      temperatureWarned ||= temperature.warning !== undefined;
      return finishGeneration(outcome, {
        modelId: config.modelId,
        prices: config.prices,
        warnings,
        attempts,
      });
    },
  };
  return provider;
}
