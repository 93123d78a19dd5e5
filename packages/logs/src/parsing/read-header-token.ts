/**
 * Character classes seen in a header token, as bit flags, so one pass over a token answers every shape
 * question (level word? number? logger name? host?) without re-scanning it.
 */
export const TOKEN_UPPER = 1;
/** See {@link TOKEN_UPPER}. */
export const TOKEN_LOWER = 2;
/** See {@link TOKEN_UPPER}. */
export const TOKEN_DIGIT = 4;
/** See {@link TOKEN_UPPER}. */
export const TOKEN_DOT = 8;
/** See {@link TOKEN_UPPER}. */
export const TOKEN_DASH = 16;
/** See {@link TOKEN_UPPER}. */
export const TOKEN_COLON = 32;
/** See {@link TOKEN_UPPER}. */
export const TOKEN_UNDERSCORE = 64;
/** See {@link TOKEN_UPPER}. */
export const TOKEN_DOLLAR = 128;
/** `/` or `@`. See {@link TOKEN_UPPER}. */
export const TOKEN_SLASH_OR_AT = 256;
/** `|` or `>`. See {@link TOKEN_UPPER}. */
export const TOKEN_PIPE = 512;
/** Quotes, commas, parentheses, brackets, `=`, `;` and the like. See {@link TOKEN_UPPER}. */
export const TOKEN_PUNCTUATION = 1024;
/** A lower-case letter directly followed by an upper-case one (`DataNode`). See {@link TOKEN_UPPER}. */
export const TOKEN_CAMEL = 2048;
/** A dot that cannot separate package names: doubled, or last. See {@link TOKEN_UPPER}. */
export const TOKEN_LOOSE_DOT = 4096;
/** Anything outside printable ASCII. See {@link TOKEN_UPPER}. */
export const TOKEN_OTHER = 8192;

/** Result of the last {@link readHeaderToken} call; module-level so the hot path allocates nothing. */
export const headerToken = {
  /** Index just past the token (the next blank or the end of the text). */
  end: 0,
  /** Flags of the whole token. */
  flags: 0,
  /** Flags without a final `:` (`INFO:` → those of `INFO`); equal to `flags` when there is none. */
  coreFlags: 0,
  /** Whether the token ends with `:` (and is longer than it). */
  hasColon: false,
};

/**
 * Reads the blank-delimited token starting at `start` in one pass and records its end and flags in
 * {@link headerToken}. Returns the end index. Never throws.
 */
export function readHeaderToken(text: string, start: number): number {
  const length = text.length;
  let index = start;
  let flags = 0;
  let previousFlags = 0;
  let previousCode = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 9) break;
    previousFlags = flags;
    if (code >= 97 && code <= 122) flags |= TOKEN_LOWER;
    else if (code >= 65 && code <= 90) flags |= previousCode >= 97 && previousCode <= 122 ? TOKEN_UPPER | TOKEN_CAMEL : TOKEN_UPPER;
    else if (code >= 48 && code <= 57) flags |= TOKEN_DIGIT;
    else if (code === 46) flags |= previousCode === 46 ? TOKEN_DOT | TOKEN_LOOSE_DOT : TOKEN_DOT;
    else if (code === 45) flags |= TOKEN_DASH;
    else if (code === 58) flags |= TOKEN_COLON;
    else if (code === 95) flags |= TOKEN_UNDERSCORE;
    else if (code === 36) flags |= TOKEN_DOLLAR;
    else if (code === 47 || code === 64) flags |= TOKEN_SLASH_OR_AT;
    else if (code === 124 || code === 62) flags |= TOKEN_PIPE;
    else if (code > 32 && code < 127) flags |= TOKEN_PUNCTUATION;
    else flags |= TOKEN_OTHER;
    previousCode = code;
    index++;
  }
  if (previousCode === 46) flags |= TOKEN_LOOSE_DOT;
  const hasColon = previousCode === 58 && index - start > 1;
  headerToken.end = index;
  headerToken.flags = flags;
  headerToken.coreFlags = hasColon ? previousFlags : flags;
  headerToken.hasColon = hasColon;
  return index;
}
