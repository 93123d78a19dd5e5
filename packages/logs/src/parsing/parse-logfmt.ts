import type { Severity } from '@triagekit/core';
import { normalizeSeverity } from '@triagekit/core';
import { createParsedLine } from './create-parsed-line.js';
import { levelFromNumber, levelFromWord } from './detect-level.js';
import { LEVEL_KEYS, MESSAGE_KEYS, SERVICE_KEYS, TIME_KEYS, TRACE_ID_KEYS } from './field-roles.js';
import { parseTimeValue } from './parse-time-value.js';
import type { ParsedLine } from './parsed-line.js';
import { readLogfmtPairs } from './read-logfmt-pairs.js';
import { renderFields, setField } from './structured-fields.js';

/** Index of the first pair whose key is in `keys` (by preference order) and passes `accept`, or -1. */
function findRole(
  pairKeys: readonly string[],
  values: readonly (string | null)[],
  keys: readonly string[],
  taken: readonly boolean[],
): number {
  for (const key of keys) {
    const index = pairKeys.indexOf(key);
    if (index >= 0 && !taken[index] && values[index] !== null && values[index] !== '') return index;
  }
  return -1;
}

function logfmtLevel(value: string): Severity {
  if (/^\d+$/.test(value)) return levelFromNumber(Number(value));
  return levelFromWord(value) ?? normalizeSeverity(value);
}

/**
 * Parses a logfmt line (`ts=... level=info msg="..." key=value`) starting at `start`. Lines without a
 * `msg`/`message` get their remaining pairs rendered as the message.
 *
 * Returns `null` unless the text reads as at least two `key=value` pairs that outnumber bare words
 * (so prose containing one `=` stays prose). Never throws.
 */
export function parseLogfmt(line: string, start: number, referenceYear: number): ParsedLine | null {
  const { keys, values } = readLogfmtPairs(line, start);
  let pairs = 0;
  for (const value of values) if (value !== null) pairs++;
  if (pairs < 2 || pairs <= keys.length - pairs) return null;
  const taken = new Array<boolean>(keys.length).fill(false);
  let time: number | null = null;
  for (const key of TIME_KEYS) {
    const index = keys.indexOf(key);
    if (index < 0) continue;
    time = parseTimeValue(values[index], referenceYear);
    if (time !== null) {
      taken[index] = true;
      break;
    }
  }
  const levelIndex = findRole(keys, values, LEVEL_KEYS, taken);
  if (levelIndex >= 0) taken[levelIndex] = true;
  const messageIndex = findRole(keys, values, MESSAGE_KEYS, taken);
  if (messageIndex >= 0) taken[messageIndex] = true;
  const serviceIndex = findRole(keys, values, SERVICE_KEYS, taken);
  if (serviceIndex >= 0) taken[serviceIndex] = true;
  const traceIndex = findRole(keys, values, TRACE_ID_KEYS, taken);
  if (traceIndex >= 0) taken[traceIndex] = true;
  const fields: Record<string, string> = {};
  for (let index = 0; index < keys.length; index++) {
    if (!taken[index]) setField(fields, keys[index] ?? '', values[index] ?? '');
  }
  return createParsedLine(
    'logfmt',
    time,
    levelIndex >= 0 ? logfmtLevel(values[levelIndex] ?? '') : null,
    serviceIndex >= 0 ? (values[serviceIndex] ?? null) : null,
    messageIndex >= 0 ? (values[messageIndex] ?? '').trim() : renderFields(fields),
    traceIndex >= 0 ? (values[traceIndex] ?? null) : null,
    fields,
  );
}
