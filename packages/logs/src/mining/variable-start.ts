import { characterKind, DIGIT, LETTER, REPLACEMENT_CHARACTER } from './character-kinds.js';
import { isValueWord } from './is-value-word.js';

/** Words longer than this many characters are data (encoded blobs, stack fragments), never template text. */
export const LONGEST_LITERAL_WORD = 120;

const DOT = 46;
const AT = 64;
const HYPHEN = 45;
const UNDERSCORE = 95;
const PLUS = 43;

function isHexLetter(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 102;
}

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
  // hex (`0x1f`, `003a9108`), UUID and hash fragments: data starts with a digit.
  if (startsWithDigit) return true;
  // Four digits or more read as a counter, timestamp or id (`bglio7160`, `steps1514044800223`).
  if (digits >= 4) return true;
  // Letters and digits interleaved three times or more look generated (`x2x7k`, `a1b2c3`).
  if (transitions >= 3) return true;
  // A hex string long enough to be a hash or an address (`c51471f2c`).
  return hexOnly && length >= 6 && letters > 0;
}

/**
 * Where the variable part of one word starts, or `-1` when the whole word is wording. The word is
 * `text.slice(start, end)`, already cut at whitespace and structure punctuation (`=`, `:`, brackets, ...).
 *
 * A word is split into segments at `.` and `@`, and each segment into parts at `-`, `_` and `+`. The first
 * segment that holds a variable part starts the variable, pulled back over directly preceding segments
 * that contain digits (not across `@`); everything after it is variable too. So `core.2275` → `core.<*>`,
 * `v2.0.1` → `<*>`, `Event@4bb89b` → `Event@<*>`, `payments-7d9f8c6b5-x2x7k` → `<*>`, `blk_-42` → `<*>`.
 * Words longer than {@link LONGEST_LITERAL_WORD}, words holding the Unicode replacement character,
 * e-mail addresses and the value words `true`, `false`, `null`, `nil`, `undefined`, `NaN` are variable as
 * a whole. Never throws.
 */
export function variableStart(text: string, start: number, end: number): number {
  const wordLength = end - start;
  if (wordLength > LONGEST_LITERAL_WORD) return start;
  if (isValueWord(text, start, wordLength)) return start;

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
  let previousKind = -1;
  let hexOnly = true;

  for (let index = start; index <= end; index++) {
    const code = index < end ? text.charCodeAt(index) : DOT;
    if (code === REPLACEMENT_CHARACTER) return start;
    const endsSegment = code === DOT || code === AT || index === end;
    if (endsSegment || code === HYPHEN || code === UNDERSCORE || code === PLUS) {
      if (partLength > 0 && isVariablePart(partLength, digits, letters, startsWithDigit, transitions, hexOnly)) {
        return digitRunStart >= 0 ? digitRunStart : segmentStart;
      }
      if (digits > 0) segmentHasDigit = true;
      partLength = 0;
      digits = 0;
      letters = 0;
      startsWithDigit = false;
      transitions = 0;
      previousKind = -1;
      hexOnly = true;
      if (!endsSegment) {
        segmentLength++;
        continue;
      }
      if (index === end) break;
      if (code === AT) {
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
    const kind = characterKind(code);
    partLength++;
    segmentLength++;
    if (kind === DIGIT) {
      if (partLength === 1) startsWithDigit = true;
      digits++;
    } else {
      if (kind === LETTER) {
        letters++;
        segmentLetters++;
      }
      if (kind !== LETTER || !isHexLetter(code)) hexOnly = false;
    }
    if (kind === DIGIT || kind === LETTER) {
      if (previousKind >= 0 && previousKind !== kind) transitions++;
      previousKind = kind;
    }
  }
  // An e-mail address: `name@host.domain`, the domain ending in a label of two letters or more.
  if (atIndex > start && dotsAfterAt > 0 && segmentLength >= 2 && segmentLetters === segmentLength) return start;
  return -1;
}
