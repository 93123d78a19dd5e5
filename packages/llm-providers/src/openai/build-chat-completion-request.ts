import type { LlmProviderV1GenerateOptions } from '@triagekit/core';
import { jsonInstructions } from '../generation/json-instructions.js';
import type { OpenAiLanguageModelConfig } from './openai-language-model-config.js';
import type { JsonOutputPlan } from './plan-json-output.js';
import { toOpenAiMessages } from './to-openai-messages.js';

/** The JSON body of `POST /chat/completions` (the subset this package sends; no tools, no streaming). */
export type ChatCompletionRequest = Record<string, unknown> & {
  readonly model: string;
  readonly messages: { role: 'system' | 'user' | 'assistant'; content: string }[];
};

function responseFormat(plan: JsonOutputPlan, strict: boolean): Record<string, unknown> | undefined {
  if (plan.mode === 'json-schema') {
    return { type: 'json_schema', json_schema: { name: plan.name, schema: plan.schema, strict } };
  }
  if (plan.mode === 'json-object') return { type: 'json_object' };
  return undefined;
}

/** Builds the Chat Completions body: messages, token cap, temperature, response format, reasoning effort. */
export function buildChatCompletionRequest(
  options: LlmProviderV1GenerateOptions,
  config: OpenAiLanguageModelConfig,
  plan: JsonOutputPlan,
  temperature: number | undefined,
): ChatCompletionRequest {
  const format = responseFormat(plan, config.strictJsonSchema);
  return {
    model: config.modelId,
    messages: toOpenAiMessages(options.messages, plan.instruct ? jsonInstructions(plan.schema) : undefined),
    [config.maxTokensParameter]: options.maxOutputTokens,
    ...(temperature === undefined ? {} : { temperature }),
    ...(format ? { response_format: format } : {}),
    ...(config.reasoningEffort ? { reasoning_effort: config.reasoningEffort } : {}),
  };
}
