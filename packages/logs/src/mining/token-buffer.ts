/** Most tokens kept per message; the rest of a longer message is folded into one variable token. */
export const MOST_TOKENS = 256;

/** A month name abbreviation (`Jan` ... `Dec`). */
export const MONTH = 1;
/** A weekday name abbreviation (`Mon` ... `Sun`). */
export const WEEKDAY = 2;
/** A number of one or two digits: a day of the month when it follows or precedes a month name. */
export const DAY_NUMBER = 3;

/**
 * The tokens of one message as offsets into it, reused from message to message so the hot path allocates
 * nothing. Token `i` is the separator `text.slice(preStart[i], wordStart[i])` (whitespace and structure
 * punctuation) followed by the word `text.slice(wordStart[i], wordEnd[i])`, whose part from
 * `variableFrom[i]` on is a variable (`-1`: none). A final token may have an empty word: it carries the
 * punctuation after the last word.
 */
export class TokenBuffer {
  /** The message the offsets point into. */
  text = '';
  /** Number of tokens in use. */
  count = 0;
  readonly preStart = new Int32Array(MOST_TOKENS);
  readonly wordStart = new Int32Array(MOST_TOKENS);
  readonly wordEnd = new Int32Array(MOST_TOKENS);
  readonly variableFrom = new Int32Array(MOST_TOKENS);
  /** Whether the separator is whitespace only (1) or holds punctuation (0). */
  readonly plainSeparator = new Uint8Array(MOST_TOKENS);
  /** {@link MONTH}, {@link WEEKDAY}, {@link DAY_NUMBER} or 0. */
  readonly calendar = new Uint8Array(MOST_TOKENS);

  /** Forgets the previous message. */
  reset(text: string): void {
    this.text = text;
    this.count = 0;
  }

  /** Appends a token; the caller keeps `count` below {@link MOST_TOKENS}. */
  push(preStart: number, wordStart: number, wordEnd: number, variableFrom: number, plainSeparator: boolean): void {
    const index = this.count++;
    this.preStart[index] = preStart;
    this.wordStart[index] = wordStart;
    this.wordEnd[index] = wordEnd;
    this.variableFrom[index] = variableFrom;
    this.plainSeparator[index] = plainSeparator ? 1 : 0;
    this.calendar[index] = 0;
  }
}
