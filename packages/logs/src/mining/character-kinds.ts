/** A character inside a word that is neither a letter nor a digit (`.`, `-`, `_`, `/`, `@`, `*`, ...). */
export const WORD_SYMBOL = 0;
/** A letter: ASCII letters and every non-ASCII character that is not whitespace. */
export const LETTER = 1;
/** An ASCII digit. */
export const DIGIT = 2;
/** Whitespace, including ASCII control characters (binary garbage splits words rather than joining them). */
export const WHITESPACE = 3;
/** Punctuation that frames values (`=`, `:`, brackets, quotes, `,`, `|`, `#`, ...): it ends a word. */
export const DELIMITER = 4;

// Structure punctuation ends words so that `uid=0`, `host:port` and `(dcr 0x02f0)` keep their framing
// while the value inside is judged on its own. `.`, `-`, `_`, `/`, `@`, `+`, `$`, `*`, `%` and `~` stay
// inside words: they join the parts of identifiers, numbers, paths and class names.
const DELIMITERS = '=:,;()[]{}<>"\'`|#&!?';

/** The kind of each ASCII code unit (index 0-127), for hot loops that look kinds up directly. */
export const ASCII_CHARACTER_KINDS = (() => {
  const kinds = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    if (code <= 32 || code === 127) kinds[code] = WHITESPACE;
    else if (code >= 48 && code <= 57) kinds[code] = DIGIT;
    else if ((code | 32) >= 97 && (code | 32) <= 122) kinds[code] = LETTER;
    else kinds[code] = WORD_SYMBOL;
  }
  for (const character of DELIMITERS) kinds[character.charCodeAt(0)] = DELIMITER;
  return kinds;
})();

/**
 * The lexical kind of a UTF-16 code unit: one of {@link WORD_SYMBOL}, {@link LETTER}, {@link DIGIT},
 * {@link WHITESPACE} or {@link DELIMITER}. Never fails; `NaN` (past the end of a string) is whitespace.
 */
export function characterKind(code: number): number {
  return code < 128 ? (ASCII_CHARACTER_KINDS[code] as number) : wideCharacterKind(code);
}

function wideCharacterKind(code: number): number {
  if (code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200b)) return WHITESPACE;
  if (code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f) return WHITESPACE;
  if (code === 0x3000 || code === 0xfeff || Number.isNaN(code)) return WHITESPACE;
  return LETTER;
}

/** The Unicode replacement character, left behind by invalid UTF-8: a word holding it is treated as data. */
export const REPLACEMENT_CHARACTER = 0xfffd;

/**
 * The UTF-16 code unit of `text` at `index`, or a space (32) outside the string. Reading past either end
 * through this helper, rather than `charCodeAt` (which answers `NaN`), keeps V8 on its fast path: an
 * out-of-bounds `charCodeAt` deoptimises its call site for good.
 */
export function codeAt(text: string, index: number): number {
  return index >= 0 && index < text.length ? text.charCodeAt(index) : 32;
}

/** The kind of the code unit of `text` at `index` (whitespace outside the string); see {@link characterKind}. */
export function kindAt(text: string, index: number): number {
  return characterKind(codeAt(text, index));
}
