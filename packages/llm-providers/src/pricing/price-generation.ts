import type { LlmUsageV1 } from '@triagekit/core';
import { findModelPrice } from './find-model-price.js';
import type { PriceTable } from './model-price.js';

/** The cost of one call, or why there is none. */
export interface GenerationPrice {
  /** In US dollars; absent when no price is known. */
  readonly costUsd?: number;
  /** Set when no price is known: says so and how to add one. */
  readonly warning?: string;
}

/**
 * Prices `usage` with the first of `models` found in `table` (the configured model name first, then the
 * snapshot the server answered with). No price → no cost and a warning naming the `prices` option.
 */
export function priceGeneration(
  table: PriceTable,
  models: readonly (string | undefined)[],
  usage: LlmUsageV1,
): GenerationPrice {
  for (const model of models) {
    if (model === undefined) continue;
    const price = findModelPrice(table, model);
    if (price) {
      const costUsd =
        (usage.inputTokens * price.inputUsdPerMillionTokens +
          usage.outputTokens * price.outputUsdPerMillionTokens) /
        1_000_000;
      return { costUsd };
    }
  }
  const model = models.find((name) => name !== undefined) ?? 'unknown';
  return {
    warning:
      `no price is known for model "${model}", so costUsd is not reported; pass ` +
      `prices: { "${model}": { inputUsdPerMillionTokens, outputUsdPerMillionTokens } } to count its cost ` +
      '(zeros for a local model).',
  };
}
