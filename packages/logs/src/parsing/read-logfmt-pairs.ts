import { isBlank } from './character-classes.js';

/** Key/value pairs read from a logfmt text, in order; bare words have `value` `null`. */
export interface LogfmtPairs {
  readonly keys: string[];
  readonly values: (string | null)[];
}

/** Reads a double-quoted value starting at the opening quote; returns the value and the index past it. */
function readQuoted(text: string, start: number): [string, number] {
  let index = start + 1;
  let value = '';
  let chunkStart = index;
  const length = text.length;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code === 34) {
      return [value + text.slice(chunkStart, index), index + 1];
    }
    if (code === 92 && index + 1 < length) {
      value += text.slice(chunkStart, index);
      const escaped = text[index + 1];
      value += escaped === 'n' ? '\n' : escaped === 't' ? '\t' : escaped === 'r' ? '\r' : escaped;
      index += 2;
      chunkStart = index;
      continue;
    }
    index++;
  }
  // An unterminated quote runs to the end of the line rather than failing the whole line.
  return [value + text.slice(chunkStart), length];
}

/**
 * Splits `text` from `start` into logfmt pairs: `key=value`, `key="quoted \"value\""`, `key=` (empty)
 * and bare `key` (value `null`). Never throws; malformed quoting ends at the end of the line.
 */
export function readLogfmtPairs(text: string, start: number): LogfmtPairs {
  const keys: string[] = [];
  const values: (string | null)[] = [];
  const length = text.length;
  let index = start;
  while (index < length) {
    while (index < length && isBlank(text.charCodeAt(index))) index++;
    if (index >= length) break;
    const keyStart = index;
    while (index < length) {
      const code = text.charCodeAt(index);
      if (code === 61 || isBlank(code)) break; // '='
      index++;
    }
    const key = text.slice(keyStart, index);
    if (text.charCodeAt(index) !== 61) {
      keys.push(key);
      values.push(null);
      continue;
    }
    index++;
    if (text.charCodeAt(index) === 34) {
      const [value, end] = readQuoted(text, index);
      keys.push(key);
      values.push(value);
      index = end;
      continue;
    }
    const valueStart = index;
    while (index < length && !isBlank(text.charCodeAt(index))) index++;
    keys.push(key);
    values.push(text.slice(valueStart, index));
  }
  return { keys, values };
}
