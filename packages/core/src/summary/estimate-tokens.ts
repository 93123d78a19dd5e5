/** Counts the tokens of a text for one model. */
export type TokenCounter = (text: string) => number;

/**
 * A conservative token estimate without a tokenizer: one token per three characters, rounded up. Real
 * tokenizers give about four characters per token for English prose and fewer for logs full of ids and
 * punctuation; three keeps budgets on the safe side for both. Use a provider's `countTokens` when it has one.
 */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 3);
}
