import type { LlmProviderV1GenerateOptions } from '@triagekit/core';
import { jsonInstructions } from '../generation/json-instructions.js';
import type { OpenAiLanguageModelConfig } from './openai-language-model-config.js';
import type { JsonOutputPlan } from './plan-json-output.js';
import { toOpenAiMessages } from './to-openai-messages.js';

function textFormat(plan: JsonOutputPlan, strict: boolean): Record<string, unknown> | undefined {
  if (plan.mode === 'json-schema')
    return { type: 'json_schema', name: plan.name, schema: plan.schema, strict };
  if (plan.mode === 'json-object') return { type: 'json_object' };
  return undefined;
}

/**
 * Builds the Responses API body. `store: false` keeps OpenAI from storing the prompt and answer for later
 * retrieval (the API stores them by default).
 */
export function buildResponsesRequest(
  options: LlmProviderV1GenerateOptions,
  config: OpenAiLanguageModelConfig,
  plan: JsonOutputPlan,
  temperature: number | undefined,
): Record<string, unknown> & { model: string } {
  const format = textFormat(plan, config.strictJsonSchema);
  return {
    model: config.modelId,
    input: toOpenAiMessages(options.messages, plan.instruct ? jsonInstructions(plan.schema) : undefined),
    max_output_tokens: options.maxOutputTokens,
    store: false,
    ...(temperature === undefined ? {} : { temperature }),
    ...(format ? { text: { format } } : {}),
    ...(config.reasoningEffort ? { reasoning: { effort: config.reasoningEffort } } : {}),
  };
}
