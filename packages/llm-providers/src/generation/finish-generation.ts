import type { LlmProviderV1GenerateResult } from '@triagekit/core';
import type { PriceTable } from '../pricing/model-price.js';
import { priceGeneration } from '../pricing/price-generation.js';
import type { GenerationOutcome } from './generation-outcome.js';

/** What {@link finishGeneration} adds to an outcome. */
export interface FinishGenerationContext {
  readonly modelId: string;
  readonly prices: PriceTable;
  /** Warnings raised before the call (a temperature that was not sent, a JSON mode fallback). */
  readonly warnings: readonly string[];
  /** How many attempts the call took; more than one is reported as a warning. */
  readonly attempts: number;
}

/**
 * Turns an outcome into the `LlmProviderV1` result: usage, cost (when the model has a price and the server
 * reported usage) and all warnings.
 */
export function finishGeneration(
  outcome: GenerationOutcome,
  context: FinishGenerationContext,
): LlmProviderV1GenerateResult {
  const usage = { inputTokens: outcome.inputTokens, outputTokens: outcome.outputTokens };
  const price = outcome.usageUnknown
    ? {}
    : priceGeneration(context.prices, [context.modelId, outcome.responseModelId], usage);
  const warnings = [
    ...context.warnings,
    ...outcome.warnings,
    ...(context.attempts > 1 ? [`answered on attempt ${context.attempts} after retryable failures`] : []),
    ...(price.warning ? [price.warning] : []),
  ];
  return {
    text: outcome.text,
    usage,
    finishReason: outcome.finishReason,
    ...(price.costUsd === undefined ? {} : { costUsd: price.costUsd }),
    ...(warnings.length > 0 ? { warnings } : {}),
    response: {
      ...(outcome.responseId === undefined ? {} : { id: outcome.responseId }),
      ...(outcome.responseModelId === undefined ? {} : { modelId: outcome.responseModelId }),
    },
  };
}
