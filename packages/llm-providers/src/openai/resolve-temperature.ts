import type { LlmProviderV1GenerateOptions } from '@triagekit/core';
import type { OpenAiLanguageModelConfig } from './openai-language-model-config.js';
import { isOpenAiReasoningModel } from './openai-model-traits.js';

/** The temperature to send (none when `undefined`) and why one asked for was not sent. */
export interface TemperatureDecision {
  readonly temperature?: number;
  readonly warning?: string;
}

/**
 * The call's temperature, else the provider's default (0); none when the provider was configured with
 * `temperature: null`, and none for reasoning models, which reject it — with a warning only when a
 * temperature was asked for explicitly, since dropping the default changes nothing the caller chose.
 */
export function resolveTemperature(
  options: LlmProviderV1GenerateOptions,
  config: Pick<OpenAiLanguageModelConfig, 'modelId' | 'temperature' | 'temperatureExplicit'>,
): TemperatureDecision {
  const requested = options.temperature ?? config.temperature;
  if (requested === null) return {};
  if (isOpenAiReasoningModel(config.modelId)) {
    const explicit = options.temperature !== undefined || config.temperatureExplicit;
    return explicit
      ? {
          warning: `temperature ${requested} was not sent: ${config.modelId} is a reasoning model and accepts only its default`,
        }
      : {};
  }
  return { temperature: requested };
}
