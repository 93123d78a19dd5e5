/** Whether `code` is an ASCII digit `0`-`9`. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Whether `code` is an ASCII upper-case letter. */
export function isUpperCase(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Whether `code` is an ASCII lower-case letter. */
export function isLowerCase(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Whether `code` is an ASCII letter. */
export function isLetter(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122;
}

/** Whether `code` separates header tokens: a space or a tab. */
export function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** Number of consecutive ASCII digits in `text` from `start` (0 when `start` is past the end). */
export function countDigits(text: string, start: number): number {
  let index = start;
  while (isDigit(text.charCodeAt(index))) index++;
  return index - start;
}

/** Integer value of the ASCII digits in `text` from `start` (inclusive) to `end` (exclusive). */
export function digitsValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) value = value * 10 + text.charCodeAt(index) - 48;
  return value;
}

/** Index of the first space or tab at or after `start`, or `text.length` when there is none. */
export function tokenEnd(text: string, start: number): number {
  let index = start;
  const length = text.length;
  while (index < length && !isBlank(text.charCodeAt(index))) index++;
  return index;
}

/** Index of the first character at or after `start` that is not a space or tab. */
export function skipBlanks(text: string, start: number): number {
  let index = start;
  while (isBlank(text.charCodeAt(index))) index++;
  return index;
}
