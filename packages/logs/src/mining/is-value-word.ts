/** Whether `codes` at `start` spell the lower-case ASCII `word`, ignoring case. */
function spells(codes: Uint16Array, start: number, word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    if (((codes[start + index] as number) | 32) !== word.charCodeAt(index)) return false;
  }
  return true;
}

/**
 * Whether the `length` code units of `codes` (a message as UTF-16 code units) at `start` spell a literal
 * value (`true`, `false`, `null`, `nil`, `undefined`, `NaN`, in any case): values, never part of a
 * message's wording (`enabled=true`).
 */
export function isValueWord(codes: Uint16Array, start: number, length: number): boolean {
  if (length === 3) return spells(codes, start, 'nil') || spells(codes, start, 'nan');
  if (length === 4) return spells(codes, start, 'true') || spells(codes, start, 'null');
  if (length === 5) return spells(codes, start, 'false');
  return length === 9 && spells(codes, start, 'undefined');
}

/** Whether a word of `length` starting with `first` may be a value word (a cheap filter before spelling). */
export function mayBeValueWord(first: number, length: number): boolean {
  if (length < 3 || length > 9) return false;
  const lower = first | 32;
  return lower === 110 || lower === 116 || lower === 102 || lower === 117;
}
