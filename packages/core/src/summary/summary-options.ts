import type { LlmPricingV1, LlmProviderV1 } from '../spec/llm-provider-v1.js';
import type { TokenCounter } from './estimate-tokens.js';

/**
 * The optional LLM summary step of `createTriagePipeline`. It runs once per triage, after analysis and
 * retrieval, only within the run's budgets (`TriagePipelineOptions.budget`). Whatever happens to it, the
 * deterministic report is complete; `summaryStatus` says what happened.
 */
export interface SummaryOptions {
  /** The model. No tools are offered to it; it only writes text. */
  readonly provider: LlmProviderV1;
  /** Most tokens the model may generate per call. Default 2,000; lowered to what `budget.outputTokens` has left. */
  readonly maxOutputTokens?: number;
  /** Sampling temperature. Default 0, for reproducible summaries. */
  readonly temperature?: number;
  /** Timeout of each call in milliseconds, also capped by what is left of `budget.wallTimeMs`. Default 60,000. */
  readonly timeoutMs?: number;
  /**
   * Replace host names, pod names, namespaces, IP addresses and email addresses by placeholders (`host-1`,
   * `pod-2`, `ip-3`) in the prompt and restore them in the answer; the map stays in memory. Default false.
   */
  readonly maskIdentifiers?: boolean;
  /**
   * Counts the tokens of a text for budgets and prompt fitting. Default: the provider's `countTokens`, else an
   * estimate of one token per three characters (rounded up), which overestimates for most text.
   */
  readonly countTokens?: TokenCounter;
  /**
   * Largest prompt of one call, in tokens (messages plus the answer's JSON Schema). The context shrinks until
   * it fits this and what `budget.promptTokens` has left. Default 12,000.
   */
  readonly maxPromptTokens?: number;
  /**
   * Prices to check the worst-case cost of a call against `budget.costUsd` before making it. Default: the
   * provider's `pricing`; without either, cost is only accounted after each call, from its `costUsd`.
   */
  readonly pricing?: LlmPricingV1;
  /**
   * Whether one more call may repair an answer that is not valid JSON or lacks fields (1), or not (0). The
   * repair call must fit the budgets like any other. Default 1.
   */
  readonly maxRepairAttempts?: 0 | 1;
}

/** Defaults of {@link SummaryOptions}. */
export const SUMMARY_DEFAULTS = {
  maxOutputTokens: 2_000,
  temperature: 0,
  timeoutMs: 60_000,
  maxPromptTokens: 12_000,
  maxRepairAttempts: 1,
  /** A call is not made when budgets leave fewer output tokens than this (or than `maxOutputTokens`, if lower). */
  minimumOutputTokens: 256,
} as const;
