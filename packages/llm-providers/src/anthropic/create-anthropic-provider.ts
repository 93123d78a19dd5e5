import Anthropic from '@anthropic-ai/sdk';
import type { MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/messages';
import type {
  LlmProviderV1,
  LlmProviderV1GenerateOptions,
  LlmProviderV1GenerateResult,
} from '@triagekit/core';
import { describeSdkFailure } from '../errors/describe-sdk-failure.js';
import { createSecretScrubber } from '../errors/secret-scrubber.js';
import { secretValues } from '../errors/secret-values.js';
import { finishGeneration } from '../generation/finish-generation.js';
import { validateGenerateOptions } from '../generation/validate-generate-options.js';
import { describeUrl } from '../internal/describe-url.js';
import { throwIfIssues } from '../internal/option-checks.js';
import { ANTHROPIC_PRICES } from '../pricing/anthropic-prices.js';
import { findModelPrice } from '../pricing/find-model-price.js';
import { callWithRetries } from '../retry/call-with-retries.js';
import { resolveRetryPolicy } from '../retry/retry-options.js';
import { type AnthropicProviderOptions, DEFAULT_ANTHROPIC_TIMEOUT_MS } from './anthropic-provider-options.js';
import { anthropicErrorClasses, readAnthropicError } from './anthropic-sdk-errors.js';
import { buildMessagesRequest } from './build-messages-request.js';
import { checkAnthropicOptions } from './check-anthropic-options.js';
import { claudeModelTraits } from './claude-model-traits.js';
import { planClaudeOutput } from './plan-claude-output.js';
import { readMessage } from './read-message.js';

function createClient(options: AnthropicProviderOptions, timeoutMs: number): Anthropic {
  return new Anthropic({
    ...(options.apiKey === undefined ? {} : { apiKey: options.apiKey }),
    ...(options.baseURL === undefined ? {} : { baseURL: options.baseURL }),
    ...(options.headers === undefined ? {} : { defaultHeaders: options.headers }),
    maxRetries: 0,
    timeout: timeoutMs,
  });
}

/**
 * An `LlmProviderV1` (`providerId` `anthropic`) on the official `@anthropic-ai/sdk` Messages API. System
 * messages go to the `system` parameter. JSON with a schema comes through one forced tool whose
 * `input_schema` is the schema — the tool is never executed, its input is the answer, and the model is
 * given no tool that acts — or through `output_config.format` on models that refuse forced tools; JSON
 * without a schema through instructions. `stop_reason` maps to `finishReason`; usage and `costUsd` from
 * {@link ANTHROPIC_PRICES} merged with `prices` (also exposed as `pricing`). SDK retries off; bounded retries of 408/409/429/5xx/529,
 * timeouts and connection errors, honouring `retry-after`.
 * @throws InvalidInputError at creation for invalid options.
 * @example
 * const provider = createAnthropicProvider({ model: 'claude-haiku-4-5' }); // reads ANTHROPIC_API_KEY
 */
export function createAnthropicProvider(options: AnthropicProviderOptions): LlmProviderV1 {
  throwIfIssues('createAnthropicProvider options', checkAnthropicOptions(options));
  const timeoutMs = options.timeoutMs ?? DEFAULT_ANTHROPIC_TIMEOUT_MS;
  const client = options.client ?? createClient(options, timeoutMs);
  const retry = resolveRetryPolicy(options.maxRetries, options.retry);
  const traits = claudeModelTraits(options.model);
  const prices = { ...ANTHROPIC_PRICES, ...options.prices };
  const scrub = createSecretScrubber([client.apiKey ?? undefined, ...secretValues(options.headers)]);
  const url = describeUrl(client.baseURL, '/v1/messages');
  const operation = `Anthropic message (${options.model})`;
  const defaultTemperature = options.temperature === undefined ? 0 : options.temperature;
  const pricing = findModelPrice(prices, options.model);
  let temperatureWarned = false;
  // Built as a variable, not returned as a literal: `pricing` is optional in the spec.
  const provider = {
    specificationVersion: 'v1' as const,
    providerId: 'anthropic',
    modelId: options.model,
    ...(pricing ? { pricing } : {}),
    async doGenerate(call: LlmProviderV1GenerateOptions): Promise<LlmProviderV1GenerateResult> {
      validateGenerateOptions('anthropic', call);
      const plan = planClaudeOutput(call, options.jsonMode ?? 'auto', traits);
      const requested = call.temperature ?? defaultTemperature;
      const explicit = call.temperature !== undefined || options.temperature !== undefined;
      const dropTemperature = requested !== null && !traits.acceptsTemperature;
      // Said once per provider: the caller's setting does not change between calls.
      const warnTemperature = dropTemperature && explicit && !temperatureWarned;
      temperatureWarned ||= warnTemperature;
      const warnings = [
        ...(plan.warning ? [plan.warning] : []),
        ...(warnTemperature
          ? [`temperature ${requested} was not sent: ${options.model} accepts only its default sampling`]
          : []),
      ];
      const body = buildMessagesRequest(
        call,
        {
          model: options.model,
          temperature: requested === null || dropTemperature ? undefined : requested,
          effort: options.effort,
        },
        plan,
      );
      const { value: outcome, attempts } = await callWithRetries(
        {
          operation,
          timeoutMs,
          retry,
          abortSignal: call.abortSignal,
          describeFailure: (error, failure) =>
            describeSdkFailure(error, failure, {
              service: 'Anthropic',
              url,
              timeoutMs,
              classes: anthropicErrorClasses,
              readProviderError: readAnthropicError,
              scrub,
              now: retry.now,
            }),
        },
        async ({ signal }) => {
          const answer: unknown = await client.messages.create(
            body as unknown as MessageCreateParamsNonStreaming,
            {
              maxRetries: 0,
              timeout: timeoutMs,
              signal,
            },
          );
          return readMessage(answer, plan);
        },
      );
      return finishGeneration(outcome, { modelId: options.model, prices, warnings, attempts });
    },
  };
  return provider;
}
