import { describe, expect, it } from 'vitest';
import { outputAllowance, promptAllowance, type SummaryUsage } from './summary-call-allowance.js';

const fresh = (): SummaryUsage => ({ promptTokens: 0, outputTokens: 0, costUsd: 0, calls: 0 });
const pricing = { inputUsdPerMillionTokens: 2, outputUsdPerMillionTokens: 8 };

describe('promptAllowance', () => {
  it('is the per-call cap without budgets', () => {
    expect(
      promptAllowance({
        maxPromptTokens: 12_000,
        reservedOutputTokens: 256,
        budget: {},
        usage: fresh(),
        pricing,
      }),
    ).toEqual({ tokens: 12_000, budget: 'prompt-tokens', allows: 12_000 });
  });

  it('is what the prompt-token budget has left', () => {
    const usage = { ...fresh(), promptTokens: 4_000 };
    expect(
      promptAllowance({
        maxPromptTokens: 12_000,
        reservedOutputTokens: 256,
        budget: { promptTokens: 5_000 },
        usage,
        pricing: undefined,
      }),
    ).toEqual({ tokens: 1_000, budget: 'prompt-tokens', allows: 1_000 });
  });

  it('reserves the output before spending dollars on the prompt', () => {
    // $0.01 left; 256 output tokens cost $0.002048; the rest buys 3,976 prompt tokens at $2 per million.
    const allowance = promptAllowance({
      maxPromptTokens: 12_000,
      reservedOutputTokens: 256,
      budget: { costUsd: 0.01 },
      usage: fresh(),
      pricing,
    });
    expect(allowance).toEqual({ tokens: 3_976, budget: 'cost-usd', allows: 0.01 });
  });

  it('allows nothing once an unpriced dollar budget is used up, and everything before', () => {
    const spent = { ...fresh(), costUsd: 0.5 };
    const options = {
      maxPromptTokens: 100,
      reservedOutputTokens: 256,
      budget: { costUsd: 0.5 },
      pricing: undefined,
    };
    expect(promptAllowance({ ...options, usage: spent }).tokens).toBe(0);
    expect(promptAllowance({ ...options, usage: fresh() }).tokens).toBe(100);
  });
});

describe('outputAllowance', () => {
  it('takes the tightest of the cap, the output budget and the dollars left after the prompt', () => {
    const base = { maxOutputTokens: 2_000, promptTokens: 1_000, usage: fresh(), pricing };
    expect(outputAllowance({ ...base, budget: { outputTokens: 500 } })).toEqual({
      tokens: 500,
      budget: 'output-tokens',
      allows: 500,
    });
    // $0.01 left, the prompt costs $0.002, the remaining $0.008 buys 1,000 output tokens at $8 per million.
    expect(outputAllowance({ ...base, budget: { costUsd: 0.01 } })).toEqual({
      tokens: 1_000,
      budget: 'cost-usd',
      allows: 0.01,
    });
  });
});
