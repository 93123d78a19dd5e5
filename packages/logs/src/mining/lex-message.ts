import { calendarKind, maskCalendarNames } from './calendar-names.js';
import { ASCII_CHARACTER_KINDS, characterKind, kindAt, WHITESPACE } from './character-kinds.js';
import { finishWord, HAS_DIGIT, PLAIN, UNUSUAL } from './finish-word.js';
import { isValueWord, mayBeValueWord } from './is-value-word.js';
import { mergeVariableRun } from './merge-variable-run.js';
import { isInnerApostrophe, specialValueAt } from './special-value-at.js';
import { HASH_SEED_A, HASH_SEED_B, hashRange, hashStepA, hashStepB } from './text-hash.js';
import { DAY_NUMBER, MOST_TOKENS, type TokenBuffer } from './token-buffer.js';
import { LONGEST_LITERAL_WORD, type variableStart } from './variable-start.js';

const COLON = 58;

const scratchHashes = new Int32Array(2);

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
  while (index < end && characterKind(codes[index] as number) === WHITESPACE) index++;

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
    const firstCode = codes[index] as number;
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
        const code = codes[index] as number;
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

    // The word: one pass notes what the verdict needs; only literal words are hashed afterwards, since the
    // text of a variable never enters the fingerprint. Most words hold letters only.
    const wordStart = index;
    const first = codes[index] as number;
    const startsWithDigit = (first - 48) >>> 0 < 10;
    let hasDigit = false;
    // A `/`, an `@` or a replacement character: the word needs the careful path.
    let unusual = false;
    while (index < end) {
      const code = codes[index] as number;
      if (((code | 32) - 97) >>> 0 >= 26) {
        if ((code - 48) >>> 0 < 10) {
          hasDigit = true;
        } else {
          const kind = code < 128 ? (kinds[code] as number) : characterKind(code);
          if (kind === 0 /* word symbol */) {
            if (code === 47 /* slash */ || code === 64 /* at */) unusual = true;
          } else if (kind === 1 /* letter */) {
            if (code === 0xfffd /* replacement character */) unusual = true;
          } else if (
            kind === 3 /* whitespace */ ||
            code !== 39 /* apostrophe */ ||
            !isInnerApostrophe(message, index)
          ) {
            break;
          }
        }
      }
      index++;
    }
    const length = index - wordStart;
    if (startsWithDigit && !unusual && (length < 5 || (codes[wordStart + 4] as number) !== 45) /* date */) {
      if (
        (codes[index - 1] as number) !== 46 /* dot */ &&
        (index >= end || (codes[index] as number) !== 58) /* colon */
      ) {
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
      (index >= end || (codes[index] as number) !== 58) /* colon */
    ) {
      // A plain word: wording, unless it is a value word or part of a date.
      const variableFrom =
        mayBeValueWord(first, length) && isValueWord(codes, wordStart, length) ? wordStart : -1;
      const token = tokens.push(preStart, wordStart, index, variableFrom, plain);
      if (variableFrom < 0) {
        hashRange(codes, wordStart, index, scratchHashes);
        tokens.setHashes(
          token,
          separatorA,
          separatorB,
          scratchHashes[0] as number,
          scratchHashes[1] as number,
        );
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
    if ((tokens.variableFrom[last] as number) < 0) {
      tokens.variableFrom[last] = tokens.wordStart[last] as number;
    }
  }
}

const SPACE_SEPARATOR_A = hashStepA(HASH_SEED_A, 32);
const SPACE_SEPARATOR_B = hashStepB(HASH_SEED_B, 32);
