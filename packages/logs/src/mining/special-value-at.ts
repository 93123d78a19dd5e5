import { characterKind, codeAt, DIGIT, kindAt, LETTER, WHITESPACE } from './character-kinds.js';
import { ipv6Length } from './special-words.js';
import type { TokenBuffer } from './token-buffer.js';

// Quoted text with whitespace inside is searched this far for its closing quote.
const LONGEST_QUOTED_TEXT = 1_024;

const APOSTROPHE = 39;
const QUOTE = 34;
const BACKTICK = 96;
const COLON = 58;

/**
 * Whether the punctuation at `index` starts a value: it stands at the start, after whitespace, or after
 * framing punctuation such as `=`, `:`, `,` or an opening bracket. `f()` is a call, ` ()` an empty value.
 */
function opensValue(text: string, index: number): boolean {
  if (index === 0) return true;
  const previous = text.charCodeAt(index - 1);
  if (characterKind(previous) === WHITESPACE) return true;
  return (
    previous === 61 ||
    previous === COLON ||
    previous === 44 ||
    previous === 40 ||
    previous === 91 ||
    previous === 123
  );
}

function closingBracket(code: number): number {
  if (code === 40) return 41;
  if (code === 91) return 93;
  if (code === 123) return 125;
  return -1;
}

/** Whether an apostrophe at `index` sits inside a word (`can't`) rather than quoting. */
export function isInnerApostrophe(text: string, index: number): boolean {
  return kindAt(text, index - 1) === LETTER && kindAt(text, index + 1) === LETTER;
}

/**
 * The index of the quote closing the one at `open`, when the quoted text is empty or holds whitespace (a
 * phrase, kept whole as one variable); -1 otherwise, and the quotes then only frame the words inside.
 */
function closingQuote(text: string, open: number, end: number): number {
  const quote = text.charCodeAt(open);
  const limit = Math.min(end, open + 1 + LONGEST_QUOTED_TEXT);
  let sawWhitespace = false;
  for (let index = open + 1; index < limit; index++) {
    const code = text.charCodeAt(index);
    if (code === quote) {
      if (quote === APOSTROPHE && isInnerApostrophe(text, index)) continue;
      const after = index + 1 < end ? kindAt(text, index + 1) : WHITESPACE;
      if (after === LETTER || after === DIGIT) return -1;
      return sawWhitespace || index === open + 1 ? index : -1;
    }
    if (!sawWhitespace && characterKind(code) === WHITESPACE) sawWhitespace = true;
  }
  return -1;
}

/**
 * At the delimiter `index`: pushes a token for an IPv6 address starting with `::`, a quoted phrase, or an
 * empty value, and returns its index; -1 when there is none. The caller sets the token's hashes.
 */
export function specialValueAt(
  message: string,
  index: number,
  end: number,
  tokens: TokenBuffer,
  preStart: number,
): number {
  const code = message.charCodeAt(index);
  if (code === COLON) {
    if (codeAt(message, index + 1) !== COLON) return -1;
    const length = ipv6Length(message, index, end);
    return length > 0 ? tokens.push(preStart, index, index + length, index, false) : -1;
  }
  if (code === QUOTE || code === APOSTROPHE || code === BACKTICK) {
    if (!opensValue(message, index)) return -1;
    const close = closingQuote(message, index, end);
    return close > 0 ? tokens.push(preStart, index + 1, close, index + 1, false) : -1;
  }
  const closing = closingBracket(code);
  if (closing < 0 || codeAt(message, index + 1) !== closing || !opensValue(message, index)) return -1;
  return tokens.push(preStart, index + 1, index + 1, index + 1, false);
}
