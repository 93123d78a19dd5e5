import type { BudgetKind } from '../errors/budget-exceeded-error.js';
import type { TriageBudget } from '../pipeline/triage-pipeline-options.js';
import type { LlmPricingV1 } from '../spec/llm-provider-v1.js';

/** What the summary step has used so far, across its calls. */
export interface SummaryUsage {
  promptTokens: number;
  outputTokens: number;
  costUsd: number;
  calls: number;
}

/** The most a call may use of one resource, and which limit sets it. */
export interface Allowance {
  readonly tokens: number;
  readonly budget: BudgetKind;
  /** What that limit still allows, in its own unit (tokens, or US dollars for `cost-usd`). */
  readonly allows: number;
}

/** Cost in US dollars of `tokens` at `usdPerMillion`. */
export function tokenCost(tokens: number, usdPerMillion: number): number {
  return (tokens * usdPerMillion) / 1_000_000;
}

function tightest(candidates: readonly Allowance[]): Allowance {
  return candidates.reduce((best, candidate) => (candidate.tokens < best.tokens ? candidate : best));
}

/**
 * Prompt tokens the next call may use: the per-call cap, what `budget.promptTokens` has left, and — with
 * prices — what `budget.costUsd` leaves after reserving `reservedOutputTokens`. Without prices, a dollar
 * budget already used up allows nothing (cost is then known only after each call).
 */
export function promptAllowance(options: {
  maxPromptTokens: number;
  reservedOutputTokens: number;
  budget: TriageBudget;
  usage: SummaryUsage;
  pricing: LlmPricingV1 | undefined;
}): Allowance {
  const { budget, usage, pricing } = options;
  const candidates: Allowance[] = [
    { tokens: options.maxPromptTokens, budget: 'prompt-tokens', allows: options.maxPromptTokens },
  ];
  if (budget.promptTokens !== undefined) {
    const left = Math.max(0, budget.promptTokens - usage.promptTokens);
    candidates.push({ tokens: left, budget: 'prompt-tokens', allows: left });
  }
  if (budget.costUsd !== undefined) {
    const left = Math.max(0, budget.costUsd - usage.costUsd);
    if (pricing === undefined) {
      if (left === 0) candidates.push({ tokens: 0, budget: 'cost-usd', allows: 0 });
    } else if (pricing.inputUsdPerMillionTokens > 0) {
      const afterOutput = left - tokenCost(options.reservedOutputTokens, pricing.outputUsdPerMillionTokens);
      const tokens = Math.max(0, Math.floor((afterOutput * 1_000_000) / pricing.inputUsdPerMillionTokens));
      candidates.push({ tokens, budget: 'cost-usd', allows: left });
    }
  }
  return tightest(candidates);
}

/**
 * Output tokens a call with `promptTokens` may ask for: `maxOutputTokens`, what `budget.outputTokens` has
 * left, and — with prices — what `budget.costUsd` leaves once the prompt is paid for.
 */
export function outputAllowance(options: {
  maxOutputTokens: number;
  promptTokens: number;
  budget: TriageBudget;
  usage: SummaryUsage;
  pricing: LlmPricingV1 | undefined;
}): Allowance {
  const { budget, usage, pricing } = options;
  const candidates: Allowance[] = [
    { tokens: options.maxOutputTokens, budget: 'output-tokens', allows: options.maxOutputTokens },
  ];
  if (budget.outputTokens !== undefined) {
    const left = Math.max(0, budget.outputTokens - usage.outputTokens);
    candidates.push({ tokens: left, budget: 'output-tokens', allows: left });
  }
  if (budget.costUsd !== undefined && pricing !== undefined && pricing.outputUsdPerMillionTokens > 0) {
    const left = Math.max(0, budget.costUsd - usage.costUsd);
    const afterPrompt = left - tokenCost(options.promptTokens, pricing.inputUsdPerMillionTokens);
    const tokens = Math.max(0, Math.floor((afterPrompt * 1_000_000) / pricing.outputUsdPerMillionTokens));
    candidates.push({ tokens, budget: 'cost-usd', allows: left });
  }
  return tightest(candidates);
}
