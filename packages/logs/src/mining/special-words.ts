import { characterKind, codeAt, DELIMITER, DIGIT, WHITESPACE } from './character-kinds.js';

const COLON = 58;
const DOT = 46;
const HYPHEN = 45;
const PLUS = 43;
const PERCENT = 37;

function isDigitAt(text: string, index: number): boolean {
  const code = codeAt(text, index);
  return code >= 48 && code <= 57;
}

function isHex(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 102);
}

function digitsAt(text: string, index: number, count: number): boolean {
  for (let offset = 0; offset < count; offset++) if (!isDigitAt(text, index + offset)) return false;
  return true;
}

/** Whether the word that ended at `index` is complete there: `index` is the end or whitespace/punctuation. */
function endsWordAt(text: string, index: number, end: number): boolean {
  if (index >= end) return true;
  const kind = characterKind(codeAt(text, index));
  return kind === WHITESPACE || kind === DELIMITER;
}

/**
 * Length of an ISO-8601 date-time starting at `start` (`2024-01-02T03:04:05.678Z`, `2024-01-02 03:04:05,678
 * +02:00`), or 0. It must hold the date, the hour and the minutes; seconds, fraction and zone are optional.
 */
export function isoTimestampLength(text: string, start: number, end: number): number {
  if (start + 16 > end || !digitsAt(text, start, 4) || codeAt(text, start + 4) !== HYPHEN) return 0;
  if (!digitsAt(text, start + 5, 2) || codeAt(text, start + 7) !== HYPHEN || !digitsAt(text, start + 8, 2))
    return 0;
  const separator = codeAt(text, start + 10);
  if (separator !== 84 && separator !== 32) return 0;
  if (!digitsAt(text, start + 11, 2) || codeAt(text, start + 13) !== COLON || !digitsAt(text, start + 14, 2))
    return 0;
  let index = start + 16;
  if (codeAt(text, index) === COLON && digitsAt(text, index + 1, 2)) index += 3;
  const fraction = codeAt(text, index);
  if ((fraction === DOT || fraction === 44) && isDigitAt(text, index + 1)) {
    index++;
    while (index < end && isDigitAt(text, index)) index++;
  }
  const zone = codeAt(text, index);
  if (zone === 90) {
    index++;
  } else if ((zone === PLUS || zone === HYPHEN) && digitsAt(text, index + 1, 2)) {
    index += 3;
    if (codeAt(text, index) === COLON && digitsAt(text, index + 1, 2)) index += 3;
    else if (digitsAt(text, index, 2)) index += 2;
  }
  return index <= end && endsWordAt(text, index, end) ? index - start : 0;
}

/**
 * Length of an IPv6 address (or a MAC address, which has the same shape) starting at `start`, or 0. It
 * must contain `::` or at least four colons, and a digit; a dotted IPv4 tail and a zone index (`%eth0`) are
 * accepted. A trailing single colon (sentence punctuation, `addr:port` framing) is not part of it.
 */
export function ipv6Length(text: string, start: number, end: number): number {
  let index = start;
  let colons = 0;
  let doubleColon = false;
  let groupLength = 0;
  let sawDigit = false;
  while (index < end) {
    const code = codeAt(text, index);
    if (code === COLON) {
      if (index > start && codeAt(text, index - 1) === COLON) {
        if (doubleColon) return 0;
        doubleColon = true;
      }
      colons++;
      groupLength = 0;
    } else if (isHex(code)) {
      if (++groupLength > 4) return 0;
      if (code <= 57) sawDigit = true;
    } else if (code === DOT && colons >= 2 && groupLength > 0) {
      groupLength = 0;
    } else {
      break;
    }
    index++;
  }
  if (codeAt(text, index - 1) === COLON && codeAt(text, index - 2) !== COLON) {
    index--;
    colons--;
  }
  if (!sawDigit || (!doubleColon && colons < 4)) return 0;
  // A zone index (`fe80::1%eth0`) belongs to the address.
  if (codeAt(text, index) === PERCENT) {
    index++;
    while (index < end && characterKind(codeAt(text, index)) <= DIGIT) index++;
  }
  return endsWordAt(text, index, end) ? index - start : 0;
}

/**
 * The end of a URL whose part after `scheme://` starts at `restStart`: the URL stops at whitespace, quotes,
 * angle brackets or closing brackets, and trailing sentence punctuation is not part of it.
 */
export function urlEnd(text: string, restStart: number, end: number): number {
  let index = restStart;
  while (index < end) {
    const code = codeAt(text, index);
    if (characterKind(code) === WHITESPACE) break;
    // Quotes, angle brackets and closing brackets frame a URL; opening ones may be part of it.
    if (code === 34 || code === 39 || code === 96 || code === 60 || code === 62) break;
    if (code === 41 || code === 93 || code === 125) break;
    index++;
  }
  while (index > restStart) {
    const code = codeAt(text, index - 1);
    if (code !== DOT && code !== 44 && code !== 59 && code !== COLON && code !== 33 && code !== 63) break;
    index--;
  }
  return index;
}
