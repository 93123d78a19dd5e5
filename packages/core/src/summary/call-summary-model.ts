import { runWithDeadline } from '../pipeline/run-with-deadline.js';
import type {
  LlmMessageV1,
  LlmPricingV1,
  LlmProviderV1,
  LlmProviderV1GenerateOptions,
  LlmProviderV1GenerateResult,
} from '../spec/llm-provider-v1.js';
import { type SummaryUsage, tokenCost } from './summary-call-allowance.js';

function tokensOr(reported: number | undefined, fallback: number): number {
  return typeof reported === 'number' && Number.isFinite(reported) && reported >= 0 ? reported : fallback;
}

/**
 * Makes one `doGenerate` call with a timeout combined with the run's AbortSignal, and adds it to `usage`:
 * the tokens the provider reports (the estimate for prompt tokens when it reports none, or when the call
 * fails — output of a failed call is unknown and counted as 0), and its `costUsd`, else the cost at
 * `pricing`, else nothing. Rejects with the provider's error, `TimeoutError`, or the run signal's reason.
 */
export async function callSummaryModel(options: {
  provider: LlmProviderV1;
  messages: readonly LlmMessageV1[];
  responseFormat: LlmProviderV1GenerateOptions['responseFormat'];
  maxOutputTokens: number;
  temperature: number;
  timeoutMs: number;
  abortSignal: AbortSignal;
  estimatedPromptTokens: number;
  pricing: LlmPricingV1 | undefined;
  usage: SummaryUsage;
}): Promise<LlmProviderV1GenerateResult> {
  const { provider, usage } = options;
  usage.calls += 1;
  let result: LlmProviderV1GenerateResult;
  try {
    result = await runWithDeadline(
      (signal) =>
        provider.doGenerate({
          messages: options.messages,
          maxOutputTokens: options.maxOutputTokens,
          temperature: options.temperature,
          responseFormat: options.responseFormat,
          abortSignal: signal,
        }),
      {
        timeoutMs: options.timeoutMs,
        parent: options.abortSignal,
        operation: `LLM provider "${provider.providerId}" (model ${provider.modelId})`,
      },
    );
  } catch (error) {
    usage.promptTokens += options.estimatedPromptTokens;
    throw error;
  }
  const promptTokens = tokensOr(result.usage?.inputTokens, options.estimatedPromptTokens);
  const outputTokens = tokensOr(result.usage?.outputTokens, 0);
  usage.promptTokens += promptTokens;
  usage.outputTokens += outputTokens;
  if (typeof result.costUsd === 'number' && Number.isFinite(result.costUsd) && result.costUsd >= 0) {
    usage.costUsd += result.costUsd;
  } else if (options.pricing) {
    usage.costUsd +=
      tokenCost(promptTokens, options.pricing.inputUsdPerMillionTokens) +
      tokenCost(outputTokens, options.pricing.outputUsdPerMillionTokens);
  }
  return result;
}
