import { describe, expect, it } from 'vitest';
import { ANTHROPIC_PRICES } from './anthropic-prices.js';
import { findModelPrice } from './find-model-price.js';
import { OPENAI_PRICES } from './openai-prices.js';
import { priceGeneration } from './price-generation.js';

describe('findModelPrice', () => {
  it('finds a model and its dated snapshots', () => {
    expect(findModelPrice(OPENAI_PRICES, 'gpt-4o')).toBe(OPENAI_PRICES['gpt-4o']);
    expect(findModelPrice(OPENAI_PRICES, 'gpt-4o-2024-08-06')).toBe(OPENAI_PRICES['gpt-4o']);
    expect(findModelPrice(ANTHROPIC_PRICES, 'claude-sonnet-4-5-20250929')).toBe(
      ANTHROPIC_PRICES['claude-sonnet-4-5'],
    );
    expect(findModelPrice(ANTHROPIC_PRICES, 'claude-sonnet-4-20250514')).toBe(
      ANTHROPIC_PRICES['claude-sonnet-4'],
    );
  });

  it('never lends a price to a different model sharing a prefix', () => {
    expect(findModelPrice(OPENAI_PRICES, 'gpt-4o-mini')).toBe(OPENAI_PRICES['gpt-4o-mini']);
    expect(findModelPrice(OPENAI_PRICES, 'gpt-4o-audio-preview')).toBeUndefined();
    expect(findModelPrice(OPENAI_PRICES, 'gpt-5-pro')).toBeUndefined();
    expect(findModelPrice(ANTHROPIC_PRICES, 'claude-sonnet-4-7')).toBeUndefined();
  });

  it('lists every price as finite, non-negative USD per million tokens', () => {
    for (const price of [...Object.values(OPENAI_PRICES), ...Object.values(ANTHROPIC_PRICES)]) {
      expect(price.inputUsdPerMillionTokens).toBeGreaterThanOrEqual(0);
      expect(price.outputUsdPerMillionTokens).toBeGreaterThan(price.inputUsdPerMillionTokens);
    }
  });
});

describe('priceGeneration', () => {
  const table = { 'model-a': { inputUsdPerMillionTokens: 2, outputUsdPerMillionTokens: 8 } };

  it('prices input and output tokens per million', () => {
    expect(priceGeneration(table, ['model-a'], { inputTokens: 500_000, outputTokens: 250_000 })).toEqual({
      costUsd: 3,
    });
  });

  it('falls back to the model the server answered with', () => {
    expect(
      priceGeneration(table, ['deployment-7', 'model-a'], { inputTokens: 1_000_000, outputTokens: 0 }),
    ).toEqual({
      costUsd: 2,
    });
  });

  it('warns, naming the configured model and the prices option, when nothing matches', () => {
    const price = priceGeneration(table, ['mystery', 'mystery-2026-01-01'], {
      inputTokens: 1,
      outputTokens: 1,
    });
    expect(price.costUsd).toBeUndefined();
    expect(price.warning).toContain('no price is known for model "mystery"');
    expect(price.warning).toContain(
      'prices: { "mystery": { inputUsdPerMillionTokens, outputUsdPerMillionTokens } }',
    );
  });
});
