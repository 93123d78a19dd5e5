import type { PriceTable } from './model-price.js';

function price(inputUsdPerMillionTokens: number, outputUsdPerMillionTokens: number) {
  return { inputUsdPerMillionTokens, outputUsdPerMillionTokens } as const;
}

/**
 * OpenAI chat models, USD per million tokens, standard tier, short-context rates, compiled on
 * `PRICES_COMPILED_ON`. Not modelled: cached-input discounts (so costs are an upper bound when the
 * prompt cache hits), Batch/Flex/priority tiers, the higher rates of very long prompts, regional uplifts.
 * `gpt-5.6-sol` is listed at its list price, not at a time-limited promotional price.
 */
export const OPENAI_PRICES: PriceTable = Object.freeze({
  'gpt-5.6-sol': price(5, 30),
  'gpt-5.6-terra': price(2, 12),
  'gpt-5.6-luna': price(0.2, 1.2),
  'gpt-5.5': price(5, 30),
  'gpt-5.4': price(2.5, 15),
  'gpt-5.4-mini': price(0.75, 4.5),
  'gpt-5.4-nano': price(0.2, 1.25),
  'gpt-5.2': price(1.75, 14),
  'gpt-5.1': price(1.25, 10),
  'gpt-5': price(1.25, 10),
  'gpt-5-mini': price(0.25, 2),
  'gpt-5-nano': price(0.05, 0.4),
  'gpt-4.1': price(2, 8),
  'gpt-4.1-mini': price(0.4, 1.6),
  'gpt-4.1-nano': price(0.1, 0.4),
  'gpt-4o': price(2.5, 10),
  'gpt-4o-mini': price(0.15, 0.6),
  o3: price(2, 8),
  'o4-mini': price(1.1, 4.4),
});
