import { calendarKind, maskCalendarNames } from './calendar-names.js';
import { characterKind, codeAt, DIGIT, kindAt, LETTER, WHITESPACE } from './character-kinds.js';
import { isValueWord, mayBeValueWord } from './is-value-word.js';
import { mergeVariableRun } from './merge-variable-run.js';
import { ipv6Length, isoTimestampLength, urlEnd } from './special-words.js';
import { HASH_SEED_A, HASH_SEED_B, hashRange, hashStepA, hashStepB } from './text-hash.js';
import { MOST_TOKENS, type TokenBuffer } from './token-buffer.js';
import { LONGEST_LITERAL_WORD, variableStart } from './variable-start.js';

const COLON = 58;
const SLASH = 47;
const DOT = 46;
const TILDE = 126;
const PLUS = 43;
const HYPHEN = 45;
const BACKSLASH = 92;

const scratchHashes = new Int32Array(2);

// Flags passed from the lexer's fast path to finishWord.
/** The word holds a digit. */
export const HAS_DIGIT = 1;
/** The word holds a `/`, an `@` or a replacement character. */
export const UNUSUAL = 2;
/** The word's separator is whitespace only. */
export const PLAIN = 4;

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

/**
 * The careful path for a word `message.slice(wordStart, wordEnd)` that holds a digit, `/`, `@` or a
 * replacement character, ends with a dot, is very long, or is followed by a colon. Pushes its token(s) and
 * returns where lexing continues.
 */
export function finishWord(
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
  const first = codes[wordStart] as number;
  if (first >= 48 && first <= 57 && index - wordStart >= 5 && codes[wordStart + 4] === HYPHEN) {
    const length = isoTimestampLength(message, wordStart, end);
    if (length > 0)
      return pushVariable(tokens, preStart, wordStart, wordStart + length, plain, separatorA, separatorB);
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
      if (length > 0)
        return pushVariable(tokens, preStart, wordStart, wordStart + length, plain, separatorA, separatorB);
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
  } else if (
    slashes === 1 &&
    lastSlash > wordStart &&
    lastSlash < index - 1 &&
    tokens.count < MOST_TOKENS - 2
  ) {
    // `TCP/IP`, `PS/2`: two words framed by the slash.
    const left = tokens.push(
      preStart,
      wordStart,
      lastSlash,
      variableStart(codes, wordStart, lastSlash),
      plain,
    );
    hashRange(codes, wordStart, lastSlash, scratchHashes);
    tokens.setHashes(left, separatorA, separatorB, scratchHashes[0] as number, scratchHashes[1] as number);
    mergeVariableRun(tokens);
    const right = tokens.push(
      lastSlash,
      lastSlash + 1,
      index,
      variableStart(codes, lastSlash + 1, index),
      false,
    );
    hashRange(codes, lastSlash + 1, index, scratchHashes);
    tokens.setHashes(
      right,
      SLASH_SEPARATOR_A,
      SLASH_SEPARATOR_B,
      scratchHashes[0] as number,
      scratchHashes[1] as number,
    );
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
