import { countDigits, digitsValue } from './character-classes.js';

/**
 * Reads a syslog `<PRI>` prefix (`<34>`) at `start`. Returns the priority (0-191) and the index past
 * `>`, or `null` when the text does not start with one.
 */
export function readSyslogPriority(text: string, start: number): { priority: number; end: number } | null {
  if (text.charCodeAt(start) !== 60) return null; // '<'
  const digits = countDigits(text, start + 1);
  if (digits < 1 || digits > 3 || text.charCodeAt(start + 1 + digits) !== 62) return null; // '>'
  const priority = digitsValue(text, start + 1, start + 1 + digits);
  if (priority > 191) return null;
  return { priority, end: start + 2 + digits };
}
