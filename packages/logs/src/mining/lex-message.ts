import {
  characterKind,
  DELIMITER,
  DIGIT,
  LETTER,
  REPLACEMENT_CHARACTER,
  WHITESPACE,
  WORD_SYMBOL,
} from './character-kinds.js';
import { isValueWord } from './is-value-word.js';
import { ipv6Length, isoTimestampLength, urlEnd } from './special-words.js';
import { DAY_NUMBER, MONTH, MOST_TOKENS, type TokenBuffer, WEEKDAY } from './token-buffer.js';
import { LONGEST_LITERAL_WORD, variableStart } from './variable-start.js';

/** Characters of a message that are examined; the rest of a longer message is one variable. */
export const LONGEST_MESSAGE = 16_384;

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

function kindAt(text: string, index: number): number {
  return characterKind(text.charCodeAt(index));
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
  tokens.variableFrom[month] = tokens.wordStart[month];
  const beforeMonth = month - 1;
  if (beforeMonth >= 0 && calendar[beforeMonth] === WEEKDAY && tokens.plainSeparator[month] === 1) {
    tokens.variableFrom[beforeMonth] = tokens.wordStart[beforeMonth];
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

/** Pushes a token found whole (URL, path, address, date-time) and returns where it ends. */
function pushVariable(
  tokens: TokenBuffer,
  preStart: number,
  wordStart: number,
  wordEnd: number,
  variableFrom: number,
  plain: boolean,
): number {
  tokens.push(preStart, wordStart, wordEnd, variableFrom, plain);
  mergeVariableRun(tokens);
  return wordEnd;
}

function isPath(text: string, start: number, end: number, slashes: number): boolean {
  const first = text.charCodeAt(start);
  let rooted = first === SLASH || (first === TILDE && text.charCodeAt(start + 1) === SLASH);
  if (first === DOT) {
    const second = text.charCodeAt(start + 1);
    rooted = second === SLASH || (second === DOT && text.charCodeAt(start + 2) === SLASH);
  }
  if (!rooted && slashes < 2) return false;
  for (let index = start; index < end; index++) {
    const kind = kindAt(text, index);
    if (kind === LETTER || kind === DIGIT) return true;
  }
  return false;
}

/**
 * Splits `message` into tokens and marks their variable parts, into `tokens` (reset first). Words end at
 * whitespace and at structure punctuation (`=`, `:`, `,`, `;`, brackets, quotes, `|`, `#`, `&`, `!`, `?`);
 * each word is judged by {@link variableStart}, except for shapes recognised as a whole: ISO date-times,
 * IPv6 and MAC addresses, URLs (`scheme://<*>`), absolute and multi-level paths, Windows paths, quoted
 * phrases (`'<*>'` when the quoted text holds whitespace), empty values (`()`, `[]`, `{}`, `''`, `""`
 * standing alone), and month/weekday names next to a day number. A word with one inner `/` that is not a
 * path is two words (`TCP/IP`, `PS/2` → `PS/<*>`). Only the first {@link LONGEST_MESSAGE} characters and
 * {@link MOST_TOKENS} tokens are examined; whatever follows is folded into the last token, as a variable.
 * Never throws.
 */
export function lexMessage(message: string, tokens: TokenBuffer): void {
  tokens.reset(message);
  const end = Math.min(message.length, LONGEST_MESSAGE);
  let index = 0;
  while (index < end && kindAt(message, index) === WHITESPACE) index++;

  while (index < end) {
    if (tokens.count >= MOST_TOKENS - 1) {
      tokens.push(index, index, message.length, index, false);
      return;
    }
    const preStart = index;
    let plain = true;
    let emitted = false;
    while (index < end) {
      const code = message.charCodeAt(index);
      const kind = characterKind(code);
      if (kind === WHITESPACE) {
        index++;
        continue;
      }
      if (kind !== DELIMITER) break;
      if ((code === QUOTE || code === APOSTROPHE || code === BACKTICK) && opensValue(message, index)) {
        const close = closingQuote(message, index, end);
        if (close > 0) {
          tokens.push(preStart, index + 1, close, index + 1, false);
          index = close;
          emitted = true;
          break;
        }
      } else if (closingBracket(code) > 0) {
        if (message.charCodeAt(index + 1) === closingBracket(code) && opensValue(message, index)) {
          tokens.push(preStart, index + 1, index + 1, index + 1, false);
          index++;
          emitted = true;
          break;
        }
      } else if (code === COLON && message.charCodeAt(index + 1) === COLON) {
        const length = ipv6Length(message, index, end);
        if (length > 0) {
          tokens.push(preStart, index, index + length, index, false);
          index += length;
          emitted = true;
          break;
        }
      }
      plain = false;
      index++;
    }
    if (emitted) continue;
    if (index >= end) {
      // Punctuation after the last word is a token of its own; trailing whitespace is dropped.
      if (!plain) {
        let trailingEnd = end;
        while (kindAt(message, trailingEnd - 1) === WHITESPACE) trailingEnd--;
        tokens.push(preStart, trailingEnd, trailingEnd, -1, false);
      }
      break;
    }

    const wordStart = index;
    const first = message.charCodeAt(index);
    if (first >= 48 && first <= 57) {
      const length = isoTimestampLength(message, index, end);
      if (length > 0) {
        index = pushVariable(tokens, preStart, wordStart, index + length, index, plain);
        continue;
      }
    }

    // One pass over the word gathers what the verdict needs: digits (most words have none and are
    // wording), and at a colon whether the word can start a URL or an IPv6 address.
    let slashes = 0;
    let lastSlash = -1;
    let hasDigit = false;
    let needsClassifier = false;
    let schemeLike = characterKind(first) === LETTER;
    let hexOnly = true;
    while (index < end) {
      const code = message.charCodeAt(index);
      const kind = characterKind(code);
      if (kind === LETTER) {
        if (code >= 128) {
          hexOnly = false;
          if (code === REPLACEMENT_CHARACTER) needsClassifier = true;
        } else if ((code | 32) > 102) {
          hexOnly = false;
        }
      } else if (kind === DIGIT) {
        hasDigit = true;
      } else if (kind === WORD_SYMBOL) {
        hexOnly = false;
        if (code === SLASH) {
          slashes++;
          lastSlash = index;
          schemeLike = false;
        } else if (code === AT) {
          needsClassifier = true;
          schemeLike = false;
        } else if (code !== PLUS && code !== HYPHEN && code !== DOT) {
          schemeLike = false;
        }
      } else if (kind === WHITESPACE) {
        break;
      } else if (code === APOSTROPHE && isInnerApostrophe(message, index)) {
        hexOnly = false;
        schemeLike = false;
      } else {
        break;
      }
      index++;
    }
    if (message.charCodeAt(index) === COLON && index < end) {
      const next = message.charCodeAt(index + 1);
      if (schemeLike && next === SLASH && message.charCodeAt(index + 2) === SLASH) {
        const restStart = index + 3;
        const urlStop = urlEnd(message, restStart, end);
        index = pushVariable(tokens, preStart, wordStart, urlStop, urlStop > restStart ? restStart : -1, plain);
        continue;
      }
      if (hexOnly) {
        const length = ipv6Length(message, wordStart, end);
        if (length > 0) {
          index = pushVariable(tokens, preStart, wordStart, wordStart + length, wordStart, plain);
          continue;
        }
      }
      if (next === BACKSLASH && index === wordStart + 1 && characterKind(first) === LETTER) {
        let pathEnd = index;
        while (pathEnd < end && kindAt(message, pathEnd) !== WHITESPACE) pathEnd++;
        index = pushVariable(tokens, preStart, wordStart, pathEnd, wordStart, plain);
        continue;
      }
    }
    // Sentence punctuation after a word is not part of it: `port 8080.` → `port <*>.`.
    // A file name may end with a dot, so words with a slash keep theirs.
    if (slashes === 0) while (index > wordStart + 1 && message.charCodeAt(index - 1) === DOT) index--;
    if (slashes > 0 && isPath(message, wordStart, index, slashes)) {
      pushVariable(tokens, preStart, wordStart, index, wordStart, plain);
    } else if (slashes === 1 && lastSlash > wordStart && lastSlash < index - 1 && tokens.count < MOST_TOKENS - 2) {
      tokens.push(preStart, wordStart, lastSlash, variableStart(message, wordStart, lastSlash), plain);
      mergeVariableRun(tokens);
      tokens.push(lastSlash, lastSlash + 1, index, variableStart(message, lastSlash + 1, index), false);
    } else {
      const length = index - wordStart;
      let variableFrom = -1;
      if (hasDigit || needsClassifier || length > LONGEST_LITERAL_WORD) {
        variableFrom = variableStart(message, wordStart, index);
      } else if (isValueWord(message, wordStart, length)) {
        variableFrom = wordStart;
      }
      tokens.push(preStart, wordStart, index, variableFrom, plain);
      const last = tokens.count - 1;
      if (index - wordStart <= 3) {
        tokens.calendar[last] = calendarKind(message, wordStart, index);
        maskCalendarNames(tokens, last);
      }
      mergeVariableRun(tokens);
      mergeVariableRun(tokens);
    }
  }

  if (message.length > end && tokens.count > 0) {
    // A message cut at LONGEST_MESSAGE: its last token runs to the end and is data.
    const last = tokens.count - 1;
    tokens.wordEnd[last] = message.length;
    if (tokens.variableFrom[last] < 0) tokens.variableFrom[last] = tokens.wordStart[last];
  }
}
