import { ASCII_CHARACTER_KINDS, characterKind, codeAt, DIGIT, LETTER, WHITESPACE } from './character-kinds.js';
import { isValueWord } from './is-value-word.js';
import { ipv6Length, isoTimestampLength, urlEnd } from './special-words.js';
import { HASH_SEED_A, HASH_SEED_B, hashRange, hashStepA, hashStepB } from './text-hash.js';
import { DAY_NUMBER, MONTH, MOST_TOKENS, type TokenBuffer, WEEKDAY } from './token-buffer.js';
import { LONGEST_LITERAL_WORD, variableStart } from './variable-start.js';

// Quoted text with whitespace inside is searched this far for its closing quote.
const LONGEST_QUOTED_TEXT = 1_024;

const APOSTROPHE = 39;
const QUOTE = 34;
const BACKTICK = 96;
const COLON = 58;
const SLASH = 47;
const DOT = 46;
const TILDE = 126;
const AT = 64;
const PLUS = 43;
const HYPHEN = 45;
const BACKSLASH = 92;
const SPACE = 32;

const scratchHashes = new Int32Array(2);

function kindAt(text: string, index: number): number {
  return characterKind(codeAt(text, index));
}

/**
 * Whether the punctuation at `index` starts a value: it stands at the start, after whitespace, or after
 * framing punctuation such as `=`, `:`, `,` or an opening bracket. `f()` is a call, ` ()` an empty value.
 */
function opensValue(text: string, index: number): boolean {
  if (index === 0) return true;
  const previous = text.charCodeAt(index - 1);
  if (characterKind(previous) === WHITESPACE) return true;
  return previous === 61 || previous === COLON || previous === 44 || previous === 40 || previous === 91 || previous === 123;
}

function closingBracket(code: number): number {
  if (code === 40) return 41;
  if (code === 91) return 93;
  if (code === 123) return 125;
  return -1;
}

/** Whether an apostrophe at `index` sits inside a word (`can't`) rather than quoting. */
function isInnerApostrophe(text: string, index: number): boolean {
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

// Three-letter month and weekday names, as lower-case letter triples packed into integers.
function packName(name: string): number {
  return (name.charCodeAt(0) << 16) | (name.charCodeAt(1) << 8) | name.charCodeAt(2);
}
const MONTH_NAMES = new Set('jan feb mar apr may jun jul aug sep oct nov dec'.split(' ').map(packName));
const WEEKDAY_NAMES = new Set('mon tue wed thu fri sat sun'.split(' ').map(packName));

function calendarKind(text: string, start: number, end: number): number {
  const length = end - start;
  const first = text.charCodeAt(start);
  if (length <= 2) {
    return first >= 48 && first <= 57 && (length === 1 || kindAt(text, start + 1) === DIGIT) ? DAY_NUMBER : 0;
  }
  // Capitalised only: lower-case `may`, `sat`, `sun` are ordinary words.
  if (length !== 3 || first < 65 || first > 90) return 0;
  const packed = ((first | 32) << 16) | ((text.charCodeAt(start + 1) | 32) << 8) | (text.charCodeAt(start + 2) | 32);
  if (MONTH_NAMES.has(packed)) return MONTH;
  return WEEKDAY_NAMES.has(packed) ? WEEKDAY : 0;
}

/**
 * Dates written with names (`Fri Jun 17 07:07:00 2005`, `17 Jun`) are variables too: a month name next to
 * a day number is masked, and so is a weekday name before such a month.
 */
function maskCalendarNames(tokens: TokenBuffer, last: number): void {
  const calendar = tokens.calendar;
  const kind = calendar[last];
  if (kind !== DAY_NUMBER && kind !== MONTH) return;
  if (last === 0 || tokens.plainSeparator[last] === 0) return;
  const previous = last - 1;
  const previousKind = calendar[previous];
  let month = -1;
  if (kind === DAY_NUMBER && previousKind === MONTH) month = previous;
  else if (kind === MONTH && previousKind === DAY_NUMBER) month = last;
  if (month < 0) return;
  tokens.variableFrom[month] = tokens.wordStart[month] as number;
  const beforeMonth = month - 1;
  if (beforeMonth >= 0 && calendar[beforeMonth] === WEEKDAY && tokens.plainSeparator[month] === 1) {
    tokens.variableFrom[beforeMonth] = tokens.wordStart[beforeMonth] as number;
  }
}

/**
 * Variables separated by whitespace only are one variable (`delete blk_1 blk_2 blk_3` → `delete <*>`,
 * `Jun 17 2005` → `<*>`), so lists and multi-word values of varying length do not split a template.
 */
function mergeVariableRun(tokens: TokenBuffer): void {
  const last = tokens.count - 1;
  if (last < 1 || tokens.plainSeparator[last] === 0) return;
  const previous = last - 1;
  if (tokens.variableFrom[last] !== tokens.wordStart[last]) return;
  if (tokens.variableFrom[previous] !== tokens.wordStart[previous]) return;
  tokens.wordEnd[previous] = tokens.wordEnd[last] as number;
  tokens.count--;
}

function isPath(text: string, start: number, end: number, slashes: number): boolean {
  const first = text.charCodeAt(start);
  let rooted = first === SLASH || (first === TILDE && codeAt(text, start + 1) === SLASH);
  if (first === DOT) {
    const second = codeAt(text, start + 1);
    rooted = second === SLASH || (second === DOT && codeAt(text, start + 2) === SLASH);
  }
  if (!rooted && slashes < 2) return false;
  for (let index = start; index < end; index++) {
    const kind = kindAt(text, index);
    if (kind === LETTER || kind === DIGIT) return true;
  }
  return false;
}

/** Whether `text.slice(start, end)` can be a URL scheme: a letter, then letters, digits, `+`, `-`, `.`. */
function isScheme(text: string, start: number, end: number): boolean {
  if (characterKind(text.charCodeAt(start)) !== LETTER) return false;
  for (let index = start + 1; index < end; index++) {
    const code = text.charCodeAt(index);
    const kind = characterKind(code);
    if (kind !== LETTER && kind !== DIGIT && code !== PLUS && code !== HYPHEN && code !== DOT) return false;
  }
  return true;
}

/** Whether `text.slice(start, end)` holds hex digits only (a possible first group of an IPv6 address). */
function isHexRun(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if ((code - 48) >>> 0 >= 10 && ((code | 32) - 97) >>> 0 >= 6) return false;
  }
  return true;
}

/** Whether a word of `length` starting with `first` may be a value word (a cheap filter before spelling). */
function mayBeValueWord(first: number, length: number): boolean {
  if (length < 3 || length > 9) return false;
  const lower = first | 32;
  return lower === 110 || lower === 116 || lower === 102 || lower === 117;
}

/**
 * Splits `message` into tokens and marks their variable parts, into `tokens` (reset first). Words end at
 * whitespace and at structure punctuation (`=`, `:`, `,`, `;`, brackets, quotes, `|`, `#`, `&`, `!`, `?`);
 * each word is judged by {@link variableStart}, except for shapes recognised as a whole: ISO date-times,
 * IPv6 and MAC addresses, URLs (`scheme://<*>`), absolute and multi-level paths, Windows paths, quoted
 * phrases (`'<*>'` when the quoted text holds whitespace), empty values (`()`, `[]`, `{}`, `''`, `""`
 * standing alone), and month/weekday names next to a day number. A word with one inner `/` that is not a
 * path is two words (`TCP/IP`, `PS/2` → `PS/<*>`); dots ending a word without `/` are punctuation.
 * Variables separated only by whitespace merge into one. Only the first 16,384 characters (`LONGEST_MESSAGE`)
 * and {@link MOST_TOKENS} tokens are examined; whatever follows is folded into the last token, as a
 * variable. One pass over the characters, which also hashes separators and words; never throws.
 *
 * Speed matters here (every message goes through it): the loops use numeric literals and local copies
 * rather than module constants, which V8 reloads on every use, and plain literal words (no digit, `/`,
 * `@`, trailing dot or colon) never leave the fast path.
 */
export function lexMessage(message: string, tokens: TokenBuffer): void {
  const kinds = ASCII_CHARACTER_KINDS;
  const end = tokens.reset(message);
  const codes = tokens.codes;
  let index = 0;
  while (index < end && kindAt(message, index) === WHITESPACE) index++;

  while (index < end) {
    if (tokens.count >= MOST_TOKENS - 1) {
      const folded = tokens.push(index, index, message.length, index, false);
      tokens.setHashes(folded, HASH_SEED_A, HASH_SEED_B, HASH_SEED_A, HASH_SEED_B);
      return;
    }

    // The separator: whitespace (hashed as one space per run) and structure punctuation.
    const preStart = index;
    let plain = true;
    let separatorA: number;
    let separatorB: number;
    const firstCode = (codes[index] as number);
    const followingCode = index + 1 < end ? (codes[index + 1] as number) : 32;
    if (firstCode === 32 && (((followingCode | 32) - 97) >>> 0 < 26 || (followingCode - 48) >>> 0 < 10)) {
      // The usual separator: one space before a letter or a digit.
      separatorA = SPACE_SEPARATOR_A;
      separatorB = SPACE_SEPARATOR_B;
      index++;
    } else {
      separatorA = HASH_SEED_A;
      separatorB = HASH_SEED_B;
      // The separator's hashes before its trailing whitespace, for punctuation that ends the message.
      let settledA = separatorA;
      let settledB = separatorB;
      let inWhitespace = false;
      let special = -1;
      while (index < end) {
        const code = (codes[index] as number);
        const kind = code < 128 ? (kinds[code] as number) : characterKind(code);
        if (kind === 3 /* whitespace */) {
          if (!inWhitespace) {
            separatorA = hashStepA(separatorA, 32);
            separatorB = hashStepB(separatorB, 32);
            inWhitespace = true;
          }
          index++;
          continue;
        }
        if (kind !== 4 /* delimiter */) break;
        special = specialValueAt(message, index, end, tokens, preStart);
        if (special >= 0) {
          if (code !== COLON) {
            // A quoted phrase or an empty value: the opening quote or bracket belongs to the separator.
            separatorA = hashStepA(separatorA, code);
            separatorB = hashStepB(separatorB, code);
          }
          index = tokens.wordEnd[special] as number;
          break;
        }
        separatorA = hashStepA(separatorA, code);
        separatorB = hashStepB(separatorB, code);
        settledA = separatorA;
        settledB = separatorB;
        inWhitespace = false;
        plain = false;
        index++;
      }
      if (special >= 0) {
        tokens.setHashes(special, separatorA, separatorB, HASH_SEED_A, HASH_SEED_B);
        continue;
      }
      if (index >= end) {
        // Punctuation after the last word is a token of its own; trailing whitespace is dropped.
        if (!plain) {
          let trailingEnd = end;
          while (kindAt(message, trailingEnd - 1) === WHITESPACE) trailingEnd--;
          const trailing = tokens.push(preStart, trailingEnd, trailingEnd, -1, false);
          tokens.setHashes(trailing, settledA, settledB, HASH_SEED_A, HASH_SEED_B);
        }
        break;
      }
    }

    // The word: one pass notes what the verdict needs and hashes it, unless it starts with a digit (then
    // it is data, and its text never enters the fingerprint). Most words hold letters only.
    const wordStart = index;
    const first = (codes[index] as number);
    const startsWithDigit = (first - 48) >>> 0 < 10;
    let hasDigit = false;
    // A `/`, an `@` or a replacement character: the word needs the careful path.
    let unusual = false;
    while (index < end) {
      const code = (codes[index] as number);
      if (((code | 32) - 97) >>> 0 >= 26) {
        if ((code - 48) >>> 0 < 10) {
          hasDigit = true;
        } else {
          const kind = code < 128 ? (kinds[code] as number) : characterKind(code);
          if (kind === 0 /* word symbol */) {
            if (code === 47 /* slash */ || code === 64 /* at */) unusual = true;
          } else if (kind === 1 /* letter */) {
            if (code === 0xfffd /* replacement character */) unusual = true;
          } else if (kind === 3 /* whitespace */ || code !== 39 /* apostrophe */ || !isInnerApostrophe(message, index)) {
            break;
          }
        }
      }
      index++;
    }
    const length = index - wordStart;
    if (startsWithDigit && !unusual && (length < 5 || (codes[wordStart + 4] as number) !== 45 /* date */)) {
      if ((codes[index - 1] as number) !== 46 /* dot */ && (index >= end || (codes[index] as number) !== 58 /* colon */)) {
        // A word starting with a digit is data as a whole (see variableStart).
        const token = tokens.push(preStart, wordStart, index, wordStart, plain);
        tokens.setHashes(token, separatorA, separatorB, HASH_SEED_A, HASH_SEED_B);
        if (length === 1 || (length === 2 && ((codes[wordStart + 1] as number) - 48) >>> 0 < 10)) {
          tokens.calendar[token] = DAY_NUMBER;
          maskCalendarNames(tokens, token);
          mergeVariableRun(tokens);
        }
        mergeVariableRun(tokens);
        continue;
      }
    }
    if (
      !hasDigit &&
      !unusual &&
      length <= LONGEST_LITERAL_WORD &&
      (codes[index - 1] as number) !== 46 /* dot */ &&
      (index >= end || (codes[index] as number) !== 58 /* colon */)
    ) {
      // A plain word: wording, unless it is a value word or part of a date.
      const variableFrom = mayBeValueWord(first, length) && isValueWord(codes, wordStart, length) ? wordStart : -1;
      const token = tokens.push(preStart, wordStart, index, variableFrom, plain);
      if (variableFrom < 0) {
        hashRange(codes, wordStart, index, scratchHashes);
        tokens.setHashes(token, separatorA, separatorB, scratchHashes[0] as number, scratchHashes[1] as number);
      } else {
        tokens.setHashes(token, separatorA, separatorB, HASH_SEED_A, HASH_SEED_B);
      }
      if (length === 3 && first >= 65 && first <= 90) {
        tokens.calendar[token] = calendarKind(message, wordStart, index);
        maskCalendarNames(tokens, token);
        mergeVariableRun(tokens);
      }
      if (variableFrom >= 0) mergeVariableRun(tokens);
      continue;
    }
    const flags = (hasDigit ? HAS_DIGIT : 0) | (unusual ? UNUSUAL : 0) | (plain ? PLAIN : 0);
    index = finishWord(message, tokens, preStart, wordStart, index, end, flags, separatorA, separatorB);
  }

  if (message.length > end && tokens.count > 0) {
    // A message cut at LONGEST_MESSAGE: its last token runs to the end and is data.
    const last = tokens.count - 1;
    tokens.wordEnd[last] = message.length;
    if ((tokens.variableFrom[last] as number) < 0) tokens.variableFrom[last] = tokens.wordStart[last] as number;
  }
}

// Flags passed from the fast path to finishWord.
const HAS_DIGIT = 1;
const UNUSUAL = 2;
const PLAIN = 4;

const SPACE_SEPARATOR_A = hashStepA(HASH_SEED_A, 32);
const SPACE_SEPARATOR_B = hashStepB(HASH_SEED_B, 32);

/**
 * At the delimiter `index`: pushes a token for an IPv6 address starting with `::`, a quoted phrase, or an
 * empty value, and returns its index; -1 when there is none. The caller sets the token's hashes.
 */
function specialValueAt(message: string, index: number, end: number, tokens: TokenBuffer, preStart: number): number {
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

/**
 * The careful path for a word `message.slice(wordStart, wordEnd)` that holds a digit, `/`, `@` or a
 * replacement character, ends with a dot, is very long, or is followed by a colon. Pushes its token(s) and
 * returns where lexing continues.
 */
function finishWord(
  message: string,
  tokens: TokenBuffer,
  preStart: number,
  wordStart: number,
  wordEnd: number,
  end: number,
  flags: number,
  separatorA: number,
  separatorB: number,
): number {
  let index = wordEnd;
  const codes = tokens.codes;
  const plain = (flags & PLAIN) !== 0;
  const first = (codes[wordStart] as number);
  if (first >= 48 && first <= 57) {
    const length = isoTimestampLength(message, wordStart, end);
    if (length > 0) return pushVariable(tokens, preStart, wordStart, wordStart + length, plain, separatorA, separatorB);
  }

  if (index < end && (codes[index] as number) === COLON) {
    const next = codeAt(message, index + 1);
    if (next === SLASH && codeAt(message, index + 2) === SLASH && isScheme(message, wordStart, index)) {
      const restStart = index + 3;
      const urlStop = urlEnd(message, restStart, end);
      const url = tokens.push(preStart, wordStart, urlStop, urlStop > restStart ? restStart : -1, plain);
      // A URL without a rest is a literal word; its hash is taken from the text.
      hashRange(codes, wordStart, urlStop, scratchHashes);
      tokens.setHashes(url, separatorA, separatorB, scratchHashes[0] as number, scratchHashes[1] as number);
      return urlStop;
    }
    // An IPv6 group holds four hex digits at most.
    if (index - wordStart <= 4 && isHexRun(message, wordStart, index)) {
      const length = ipv6Length(message, wordStart, end);
      if (length > 0) return pushVariable(tokens, preStart, wordStart, wordStart + length, plain, separatorA, separatorB);
    }
    if (next === BACKSLASH && index === wordStart + 1 && characterKind(first) === LETTER) {
      let pathEnd = index;
      while (pathEnd < end && kindAt(message, pathEnd) !== WHITESPACE) pathEnd++;
      return pushVariable(tokens, preStart, wordStart, pathEnd, plain, separatorA, separatorB);
    }
  }

  let slashes = 0;
  let lastSlash = -1;
  if ((flags & UNUSUAL) !== 0) {
    for (let position = wordStart; position < index; position++) {
      if ((codes[position] as number) === SLASH) {
        slashes++;
        lastSlash = position;
      }
    }
  }
  if (slashes === 0) {
    // Sentence punctuation after a word is not part of it: `port 8080.` → `port <*>.`.
    if (index > wordStart + 1 && (codes[index - 1] as number) === DOT) {
      while (index > wordStart + 1 && (codes[index - 1] as number) === DOT) index--;
    }
  } else if (isPath(message, wordStart, index, slashes)) {
    // A file name may end with a dot, so a path keeps its trailing dots.
    return pushVariable(tokens, preStart, wordStart, index, plain, separatorA, separatorB);
  } else if (slashes === 1 && lastSlash > wordStart && lastSlash < index - 1 && tokens.count < MOST_TOKENS - 2) {
    // `TCP/IP`, `PS/2`: two words framed by the slash.
    const left = tokens.push(preStart, wordStart, lastSlash, variableStart(codes, wordStart, lastSlash), plain);
    hashRange(codes, wordStart, lastSlash, scratchHashes);
    tokens.setHashes(left, separatorA, separatorB, scratchHashes[0] as number, scratchHashes[1] as number);
    mergeVariableRun(tokens);
    const right = tokens.push(lastSlash, lastSlash + 1, index, variableStart(codes, lastSlash + 1, index), false);
    hashRange(codes, lastSlash + 1, index, scratchHashes);
    tokens.setHashes(right, SLASH_SEPARATOR_A, SLASH_SEPARATOR_B, scratchHashes[0] as number, scratchHashes[1] as number);
    return index;
  }

  const length = index - wordStart;
  let variableFrom = -1;
  if (first >= 48 && first <= 57) {
    // Data starts with a digit (see variableStart): the whole word is variable.
    variableFrom = wordStart;
  } else if ((flags & (HAS_DIGIT | UNUSUAL)) !== 0 || length > LONGEST_LITERAL_WORD) {
    variableFrom = variableStart(codes, wordStart, index);
  } else if (mayBeValueWord(first, length) && isValueWord(codes, wordStart, length)) {
    variableFrom = wordStart;
  }
  const word = tokens.push(preStart, wordStart, index, variableFrom, plain);
  hashRange(codes, wordStart, variableFrom < 0 ? index : wordStart, scratchHashes);
  tokens.setHashes(word, separatorA, separatorB, scratchHashes[0] as number, scratchHashes[1] as number);
  if (length <= 3) {
    tokens.calendar[word] = calendarKind(message, wordStart, index);
    maskCalendarNames(tokens, word);
  }
  mergeVariableRun(tokens);
  mergeVariableRun(tokens);
  return index;
}

const SLASH_SEPARATOR_A = hashStepA(HASH_SEED_A, SLASH);
const SLASH_SEPARATOR_B = hashStepB(HASH_SEED_B, SLASH);

/** Pushes a token that is a variable as a whole (path, address, date-time) and returns where it ends. */
function pushVariable(
  tokens: TokenBuffer,
  preStart: number,
  wordStart: number,
  wordEnd: number,
  plain: boolean,
  separatorA: number,
  separatorB: number,
): number {
  const token = tokens.push(preStart, wordStart, wordEnd, wordStart, plain);
  tokens.setHashes(token, separatorA, separatorB, HASH_SEED_A, HASH_SEED_B);
  mergeVariableRun(tokens);
  return wordEnd;
}
