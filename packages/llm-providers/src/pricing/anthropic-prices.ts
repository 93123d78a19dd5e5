import type { PriceTable } from './model-price.js';

function price(inputUsdPerMillionTokens: number, outputUsdPerMillionTokens: number) {
  return { inputUsdPerMillionTokens, outputUsdPerMillionTokens } as const;
}

/**
 * Anthropic Claude models, USD per million tokens, base rates, compiled on `PRICES_COMPILED_ON`. Not
 * modelled: prompt-cache writes and reads (this package sets no cache breakpoints), the Batch API discount,
 * long-prompt rates (Claude Haiku 5.5 is priced here at its rate for prompts up to 100,000 tokens).
 */
export const ANTHROPIC_PRICES: PriceTable = Object.freeze({
  'claude-fable-5-1': price(10, 50),
  'claude-fable-5': price(10, 50),
  'claude-opus-5-5': price(4, 20),
  'claude-opus-5': price(5, 25),
  'claude-opus-4-8': price(5, 25),
  'claude-opus-4-7': price(5, 25),
  'claude-opus-4-6': price(5, 25),
  'claude-opus-4-5': price(5, 25),
  'claude-opus-4-1': price(15, 75),
  'claude-sonnet-5-5': price(2, 10),
  'claude-sonnet-5': price(2, 10),
  'claude-sonnet-4-6': price(3, 15),
  'claude-sonnet-4-5': price(3, 15),
  'claude-sonnet-4': price(3, 15),
  'claude-haiku-5-5': price(0.1, 0.5),
  'claude-haiku-4-5': price(1, 5),
  'claude-3-5-haiku': price(0.8, 4),
});
