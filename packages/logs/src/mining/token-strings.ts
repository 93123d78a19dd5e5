import { characterKind, WHITESPACE } from './character-kinds.js';
import type { TokenBuffer } from './token-buffer.js';

/** The text that stands for a variable in templates. */
export const WILDCARD = '<*>';

/**
 * A copy of `text` that shares no memory with the message it was cut from. V8 cuts substrings of 13
 * characters or more as views into their parent; a template word kept as such a view would keep the whole
 * input line, or the whole chunk a reader cut that line from, alive for as long as the cluster lives.
 */
function detached(text: string): string {
  // Concatenating and cutting again forces a flat copy of just these characters.
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/** Token `index`'s separator, each whitespace run written as one space; never a view into the message. */
export function separatorOf(tokens: TokenBuffer, index: number): string {
  const text = tokens.text;
  const start = tokens.preStart[index] as number;
  const end = tokens.wordStart[index] as number;
  let normalised = true;
  for (let position = start; position < end; position++) {
    const code = text.charCodeAt(position);
    if (
      characterKind(code) === WHITESPACE &&
      (code !== 32 || (position + 1 < end && characterKind(text.charCodeAt(position + 1)) === WHITESPACE))
    ) {
      normalised = false;
      break;
    }
  }
  if (normalised) return detached(text.slice(start, end));
  let result = '';
  let inWhitespace = false;
  for (let position = start; position < end; position++) {
    const code = text.charCodeAt(position);
    if (characterKind(code) === WHITESPACE) {
      if (!inWhitespace) result += ' ';
      inWhitespace = true;
    } else {
      result += text[position];
      inWhitespace = false;
    }
  }
  return result;
}

/** Token `index`'s word with its variable part replaced by {@link WILDCARD}; never a view into the message. */
export function maskedWordOf(tokens: TokenBuffer, index: number): string {
  const start = tokens.wordStart[index] as number;
  const variableFrom = tokens.variableFrom[index] as number;
  if (variableFrom < 0) return detached(tokens.text.slice(start, tokens.wordEnd[index]));
  return variableFrom === start ? WILDCARD : detached(tokens.text.slice(start, variableFrom) + WILDCARD);
}
