import { characterKind, LETTER } from './character-kinds.js';
import { isValueWord } from './is-value-word.js';

/** Words longer than this many characters are data (encoded blobs, stack fragments), never template text. */
export const LONGEST_LITERAL_WORD = 120;

/**
 * Whether one part of an identifier (a run between `-`, `_` or `+`) carries data rather than wording. The
 * rules are lexical and deliberately conservative for words with a short numeric suffix (`ssh2`, `tty2`,
 * `e820`, `Log4j`): those are usually names, and the clusterer still generalises them when they vary.
 */
function isVariablePart(
  length: number,
  digits: number,
  letters: number,
  startsWithDigit: boolean,
  transitions: number,
  hexOnly: boolean,
): boolean {
  if (digits === 0) return false;
  // Numbers, signed numbers (the sign is a separate empty part), sizes and durations (`12KB`, `3ms`),
  // hex (`0x1f`, `003a9108`), UUID and hash fragments: data starts with a digit (after any symbols).
  if (startsWithDigit) return true;
  // Four digits or more read as a counter, timestamp or id (`bglio7160`, `steps1514044800223`).
  if (digits >= 4) return true;
  // Letters and digits interleaved three times or more look generated (`x2x7k`, `a1b2c3`).
  if (transitions >= 3) return true;
  // A hex string long enough to be a hash or an address (`c51471f2c`).
  return hexOnly && length >= 6 && letters > 0;
}

/**
 * Where the variable part of one word starts, or `-1` when the whole word is wording. The word is code
 * units `start` to `end` (exclusive) of `codes` (a message as UTF-16 code units), already cut at whitespace and structure punctuation (`=`, `:`, brackets, ...).
 *
 * A word is split into segments at `.` and `@`, and each segment into parts at `-`, `_` and `+`. The first
 * segment that holds a variable part starts the variable, pulled back over directly preceding segments
 * that contain digits (not across `@`); everything after it is variable too. So `core.2275` → `core.<*>`,
 * `v2.0.1` → `<*>`, `Event@4bb89b` → `Event@<*>`, `payments-7d9f8c6b5-x2x7k` → `<*>`, `blk_-42` → `<*>`.
 * Words longer than {@link LONGEST_LITERAL_WORD}, words holding the Unicode replacement character,
 * e-mail addresses and the value words `true`, `false`, `null`, `nil`, `undefined`, `NaN` are variable as
 * a whole. Never throws.
 */
export function variableStart(codes: Uint16Array, start: number, end: number): number {
  const wordLength = end - start;
  if (wordLength > LONGEST_LITERAL_WORD) return start;
  if (isValueWord(codes, start, wordLength)) return start;

  let segmentStart = start;
  // Start of the run of consecutive digit-bearing segments that ends just before the current segment.
  let digitRunStart = -1;
  let segmentHasDigit = false;
  let segmentLetters = 0;
  let segmentLength = 0;
  let atIndex = -1;
  let dotsAfterAt = 0;

  let partLength = 0;
  let digits = 0;
  let letters = 0;
  let startsWithDigit = false;
  let transitions = 0;
  // 0: none yet, 1: a letter, 2: a digit (the last of either seen in this part).
  let previous = 0;
  let hexOnly = true;

  // Numeric literals rather than the named constants above: this loop runs for every word with a digit.
  for (let index = start; index <= end; index++) {
    const code = index < end ? (codes[index] as number) : 46;
    if ((code - 48) >>> 0 < 10) {
      partLength++;
      segmentLength++;
      // Leading symbols do not count: `*1`, `$5` and `%20` start with their digit.
      if (previous === 0) startsWithDigit = true;
      digits++;
      if (previous === 1) transitions++;
      previous = 2;
      continue;
    }
    const lower = code | 32;
    if ((lower - 97) >>> 0 < 26) {
      partLength++;
      segmentLength++;
      letters++;
      segmentLetters++;
      if (lower > 102) hexOnly = false;
      if (previous === 2) transitions++;
      previous = 1;
      continue;
    }
    const endsSegment = code === 46 /* . */ || code === 64 /* @ */ || index === end;
    if (endsSegment || code === 45 /* - */ || code === 95 /* _ */ || code === 43 /* + */) {
      if (
        partLength > 0 &&
        isVariablePart(partLength, digits, letters, startsWithDigit, transitions, hexOnly)
      ) {
        return digitRunStart >= 0 ? digitRunStart : segmentStart;
      }
      if (digits > 0) segmentHasDigit = true;
      partLength = 0;
      digits = 0;
      letters = 0;
      startsWithDigit = false;
      transitions = 0;
      previous = 0;
      hexOnly = true;
      if (!endsSegment) {
        segmentLength++;
        continue;
      }
      if (index === end) break;
      if (code === 64) {
        atIndex = index;
        dotsAfterAt = 0;
        digitRunStart = -1;
      } else {
        if (atIndex >= 0) dotsAfterAt++;
        digitRunStart = segmentHasDigit ? (digitRunStart >= 0 ? digitRunStart : segmentStart) : -1;
      }
      segmentStart = index + 1;
      segmentHasDigit = false;
      segmentLetters = 0;
      segmentLength = 0;
      continue;
    }
    if (code === 0xfffd /* replacement character */) return start;
    partLength++;
    segmentLength++;
    hexOnly = false;
    if (code >= 128 && characterKind(code) === LETTER) {
      letters++;
      segmentLetters++;
      if (previous === 2) transitions++;
      previous = 1;
    }
  }
  // An e-mail address: `name@host.domain`, the domain ending in a label of two letters or more.
  if (atIndex > start && dotsAfterAt > 0 && segmentLength >= 2 && segmentLetters === segmentLength)
    return start;
  return -1;
}
