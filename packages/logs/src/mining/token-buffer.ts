/** Most tokens kept per message; the rest of a longer message is folded into one variable token. */
export const MOST_TOKENS = 256;

/** Characters of a message that are examined; the rest of a longer message is one variable. */
export const LONGEST_MESSAGE = 16_384;

// Buffer.write with 'utf16le' lays code units out in the platform's order only on little-endian machines.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

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
 * punctuation after the last word. The lexer also leaves two 32-bit hashes of each separator (whitespace
 * runs hashed as one space) and of each literal word, from which the message fingerprint is built.
 */
export class TokenBuffer {
  /** The message the offsets point into. */
  text = '';
  /**
   * The message's first {@link LONGEST_MESSAGE} UTF-16 code units. Lexing reads them from here: one native
   * copy is cheaper than `charCodeAt` on the sliced strings that line readers produce.
   */
  readonly codes: Uint16Array;
  readonly #bytes: Buffer;
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
  /** Two independent hashes of the normalised separator. */
  readonly separatorHashes = new Int32Array(MOST_TOKENS * 2);
  /** Two independent hashes of the whole word (meaningful when the word has no variable part). */
  readonly wordHashes = new Int32Array(MOST_TOKENS * 2);

  constructor() {
    this.#bytes = Buffer.alloc(LONGEST_MESSAGE * 2);
    this.codes = new Uint16Array(this.#bytes.buffer, this.#bytes.byteOffset, LONGEST_MESSAGE);
  }

  /**
   * Forgets the previous message and loads `text`; returns how many code units were loaded (the examined
   * length). Code units past it in {@link TokenBuffer.codes} are stale.
   */
  reset(text: string): number {
    this.text = text;
    this.count = 0;
    const length = Math.min(text.length, LONGEST_MESSAGE);
    // The native copy costs about as much as copying 32 characters one by one.
    if (LITTLE_ENDIAN && length > 32) {
      this.#bytes.write(text, 0, length * 2, 'utf16le');
    } else {
      const codes = this.codes;
      for (let index = 0; index < length; index++) codes[index] = text.charCodeAt(index);
    }
    return length;
  }

  /** Appends a token; the caller keeps `count` below {@link MOST_TOKENS} and sets the hashes. */
  push(
    preStart: number,
    wordStart: number,
    wordEnd: number,
    variableFrom: number,
    plainSeparator: boolean,
  ): number {
    const index = this.count++;
    this.preStart[index] = preStart;
    this.wordStart[index] = wordStart;
    this.wordEnd[index] = wordEnd;
    this.variableFrom[index] = variableFrom;
    this.plainSeparator[index] = plainSeparator ? 1 : 0;
    this.calendar[index] = 0;
    return index;
  }

  /** Sets token `index`'s hashes. */
  setHashes(index: number, separatorA: number, separatorB: number, wordA: number, wordB: number): void {
    this.separatorHashes[index * 2] = separatorA;
    this.separatorHashes[index * 2 + 1] = separatorB;
    this.wordHashes[index * 2] = wordA;
    this.wordHashes[index * 2 + 1] = wordB;
  }
}
