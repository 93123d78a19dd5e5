import { createKeywordGate } from '../redaction/keyword-gate.js';
import { PROMPT_INJECTION_RULES, type PromptInjectionRule } from './prompt-injection-rules.js';

/** One rule that matched a text. */
export interface PromptInjectionMatch {
  readonly ruleId: string;
  /** The matching passage with a little context, whitespace collapsed, at most 200 characters. */
  readonly excerpt: string;
}

/** Finds the rules of a list that match a text. */
export type PromptInjectionMatcher = (text: string) => PromptInjectionMatch[];

// Zero-width and bidirectional control characters can hide a phrase from a regular expression while a
// model still reads it; NFKC folds full-width and other compatibility letters to plain ones.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
// Anything but printable ASCII with single spaces: such texts need Unicode or whitespace normalising first.
const UNUSUAL = /[^\u0020-\u007e]| {2}/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point of the check.
const NON_ASCII = /[^\u0000-\u007f]/;

function excerptOf(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 40);
  const passage = text
    .slice(start, index + Math.max(length, 1) + 120)
    .replace(/\s+/g, ' ')
    .trim();
  const shortened = passage.length > 200 ? `${passage.slice(0, 199)}…` : passage;
  return `${start > 0 ? '…' : ''}${shortened}`;
}

/**
 * Builds a matcher for `rules` (default {@link PROMPT_INJECTION_RULES}). Each text is lowercased and its
 * whitespace evened out once, then checked against all rule keywords in one pass; only rules whose keywords
 * occur run their pattern (on the original text).
 */
export function createPromptInjectionMatcher(
  rules: readonly PromptInjectionRule[] = PROMPT_INJECTION_RULES,
): PromptInjectionMatcher {
  const gate = createKeywordGate(rules.map((rule) => rule.keywords.map((keyword) => keyword.toLowerCase())));
  return (original) => {
    // One scan decides whether the text needs work: most log lines are plain ASCII, spaced singly.
    let text = original;
    let lower: string;
    if (UNUSUAL.test(original)) {
      if (NON_ASCII.test(original)) text = original.normalize('NFKC').replace(INVISIBLE, '');
      // Single spaces, so multi-word keywords match however the words are spaced.
      lower = text.toLowerCase().replace(/\s+/g, ' ');
    } else {
      lower = original.toLowerCase();
    }
    if (!gate.containsAny(lower)) return [];
    const selected = gate.selectRules(lower);
    const matches: PromptInjectionMatch[] = [];
    rules.forEach((rule, index) => {
      if (selected[index] !== 1) return;
      const match = rule.pattern.exec(text);
      if (match) matches.push({ ruleId: rule.id, excerpt: excerptOf(text, match.index, match[0].length) });
    });
    return matches;
  };
}

/** The matcher for {@link PROMPT_INJECTION_RULES}, built once. */
export const matchPromptInjection: PromptInjectionMatcher = createPromptInjectionMatcher();
