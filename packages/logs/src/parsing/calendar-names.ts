/** Packs three letters case-insensitively into one integer so names compare without slicing strings. */
function packLetters(text: string, start: number): number {
  return (
    ((text.charCodeAt(start) | 32) << 16) |
    ((text.charCodeAt(start + 1) | 32) << 8) |
    (text.charCodeAt(start + 2) | 32)
  );
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTHS = new Map<number, number>();
for (let index = 0; index < MONTH_NAMES.length; index++) {
  MONTHS.set(packLetters(MONTH_NAMES[index] ?? '', 0), index + 1);
}

const WEEKDAYS = new Set<number>(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((name) => packLetters(name, 0)),
);

/** Month number 1-12 of the English abbreviation at `start` (`Jun`, `jun`, `JUN`), or 0 when none. */
export function monthAt(text: string, start: number): number {
  if (start + 3 > text.length) return 0;
  return MONTHS.get(packLetters(text, start)) ?? 0;
}

/** Whether an English weekday abbreviation (`Sun`, `mon`) starts at `start`. */
export function isWeekdayAt(text: string, start: number): boolean {
  if (start + 3 > text.length) return false;
  return WEEKDAYS.has(packLetters(text, start));
}
