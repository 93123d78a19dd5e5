import type { TriageReport } from '../schema/triage-report.js';
import type { LlmMessageV1 } from '../spec/llm-provider-v1.js';
import { buildSummaryPrompt, type SummaryPrompt, type SummaryPromptOptions } from './build-summary-prompt.js';
import type { TokenCounter } from './estimate-tokens.js';
import { SUMMARY_CONTEXT_LEVELS } from './summary-context-limits.js';

// Chat APIs add a few tokens per message for roles and separators.
const TOKENS_PER_MESSAGE = 4;

/**
 * Prompt tokens of a call: every message plus its framing, and the JSON Schema of the answer (structured
 * output APIs count it as input).
 */
export function countPromptTokens(
  messages: readonly LlmMessageV1[],
  schema: Readonly<Record<string, unknown>> | undefined,
  countTokens: TokenCounter,
): number {
  const messageTokens = messages.reduce(
    (total, message) => total + countTokens(message.content) + TOKENS_PER_MESSAGE,
    0,
  );
  return messageTokens + (schema ? countTokens(JSON.stringify(schema)) : 0);
}

/** The largest prompt that fits, or how many tokens the smallest one would need. */
export type FittedSummaryPrompt =
  | {
      readonly fits: true;
      readonly prompt: SummaryPrompt;
      readonly promptTokens: number;
      readonly level: number;
    }
  | { readonly fits: false; readonly smallestPromptTokens: number };

/**
 * Builds the summary prompt at each of `SUMMARY_CONTEXT_LEVELS`, largest first, and returns the first that
 * fits `maxPromptTokens`. Lower levels drop the lowest-ranked material first and keep the top findings.
 */
export function fitSummaryPrompt(
  report: TriageReport,
  options: Omit<SummaryPromptOptions, 'limits'> & { maxPromptTokens: number; countTokens: TokenCounter },
): FittedSummaryPrompt {
  let smallest = Number.POSITIVE_INFINITY;
  for (const [level, limits] of SUMMARY_CONTEXT_LEVELS.entries()) {
    const prompt = buildSummaryPrompt(report, { ...options, limits });
    const promptTokens = countPromptTokens(
      prompt.messages,
      prompt.responseFormat.schema,
      options.countTokens,
    );
    if (promptTokens <= options.maxPromptTokens) return { fits: true, prompt, promptTokens, level };
    smallest = Math.min(smallest, promptTokens);
  }
  return { fits: false, smallestPromptTokens: smallest };
}
