import { characterKind, codeAt, DIGIT } from './character-kinds.js';
import { DAY_NUMBER, MONTH, type TokenBuffer, WEEKDAY } from './token-buffer.js';

// Three-letter month and weekday names, as lower-case letter triples packed into integers.
function packName(name: string): number {
  return (name.charCodeAt(0) << 16) | (name.charCodeAt(1) << 8) | name.charCodeAt(2);
}
const MONTH_NAMES = new Set('jan feb mar apr may jun jul aug sep oct nov dec'.split(' ').map(packName));
const WEEKDAY_NAMES = new Set('mon tue wed thu fri sat sun'.split(' ').map(packName));

/**
 * What the word `text.slice(start, end)` is for dates written with names: {@link MONTH} (`Jun`),
 * {@link WEEKDAY} (`Fri`), {@link DAY_NUMBER} (one or two digits) or 0. Names count only when capitalised.
 */
export function calendarKind(text: string, start: number, end: number): number {
  const length = end - start;
  const first = text.charCodeAt(start);
  if (length <= 2) {
    return first >= 48 && first <= 57 && (length === 1 || characterKind(codeAt(text, start + 1)) === DIGIT)
      ? DAY_NUMBER
      : 0;
  }
  // Capitalised only: lower-case `may`, `sat`, `sun` are ordinary words.
  if (length !== 3 || first < 65 || first > 90) return 0;
  const packed =
    ((first | 32) << 16) | ((text.charCodeAt(start + 1) | 32) << 8) | (text.charCodeAt(start + 2) | 32);
  if (MONTH_NAMES.has(packed)) return MONTH;
  return WEEKDAY_NAMES.has(packed) ? WEEKDAY : 0;
}

/**
 * Dates written with names (`Fri Jun 17 07:07:00 2005`, `17 Jun`) are variables too. Called right after
 * token `last` was pushed with its {@link calendarKind}: a month name next to a day number (whitespace
 * between) is masked, and so is a weekday name just before such a month.
 */
export function maskCalendarNames(tokens: TokenBuffer, last: number): void {
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
