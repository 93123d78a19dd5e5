/** Whether `text` at `start` spells the lower-case ASCII `word`, ignoring case. */
function spells(text: string, start: number, word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    if ((text.charCodeAt(start + index) | 32) !== word.charCodeAt(index)) return false;
  }
  return true;
}

/**
 * Whether the `length` characters of `text` at `start` are a literal value (`true`, `false`, `null`,
 * `nil`, `undefined`, `NaN`, in any case): values, never part of a message's wording (`enabled=true`).
 */
export function isValueWord(text: string, start: number, length: number): boolean {
  if (length === 3) return spells(text, start, 'nil') || spells(text, start, 'nan');
  if (length === 4) return spells(text, start, 'true') || spells(text, start, 'null');
  if (length === 5) return spells(text, start, 'false');
  return length === 9 && spells(text, start, 'undefined');
}
