import type { RedactionOutcome, Redactor } from './create-redactor.js';

/**
 * Wraps a redactor so repeated short texts are redacted once: results for texts up to 256 characters are
 * kept, at most `maxEntries` of them (then the memo is cleared and refilled), so memory stays bounded.
 */
export function createMemoizingRedactor(redactor: Redactor, maxEntries: number): Redactor {
  const memo = new Map<string, RedactionOutcome>();
  return {
    ruleIds: redactor.ruleIds,
    redact(text) {
      if (text.length > 256) return redactor.redact(text);
      const known = memo.get(text);
      if (known) return known;
      const outcome = redactor.redact(text);
      if (memo.size >= maxEntries) memo.clear();
      memo.set(text, outcome);
      return outcome;
    },
  };
}
