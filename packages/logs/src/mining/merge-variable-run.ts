import type { TokenBuffer } from './token-buffer.js';

/**
 * Variables separated by whitespace only are one variable (`delete blk_1 blk_2 blk_3` → `delete <*>`,
 * `Jun 17 2005` → `<*>`), so lists and multi-word values of varying length do not split a template. Joins
 * the last token into the one before when both are wholly variable and only whitespace separates them.
 */
export function mergeVariableRun(tokens: TokenBuffer): void {
  const last = tokens.count - 1;
  if (last < 1 || tokens.plainSeparator[last] === 0) return;
  const previous = last - 1;
  if (tokens.variableFrom[last] !== tokens.wordStart[last]) return;
  if (tokens.variableFrom[previous] !== tokens.wordStart[previous]) return;
  tokens.wordEnd[previous] = tokens.wordEnd[last] as number;
  tokens.count--;
}
