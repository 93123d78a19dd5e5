import { countDigits, digitsValue, isBlank, skipBlanks } from './character-classes.js';
import { createParsedLine } from './create-parsed-line.js';
import { resolveYear } from './current-utc-year.js';
import { daysSinceEpoch } from './days-since-epoch.js';
import { levelFromLetter } from './detect-level.js';
import type { ParsedLine } from './parsed-line.js';
import { readClockMilliseconds } from './read-clock.js';
import { readLogfmtPairs } from './read-logfmt-pairs.js';
import { setField } from './structured-fields.js';

/** Structured klog (`] "Message" key="value"`): the quoted message and its pairs. */
function readStructured(line: string, start: number, fields: Record<string, string>): string {
  const { keys, values } = readLogfmtPairs(`m=${line.slice(start)}`, 0);
  for (let index = 1; index < keys.length; index++) {
    setField(fields, keys[index] ?? '', values[index] ?? '');
  }
  return values[0] ?? '';
}

/**
 * Parses a klog/glog line: `Lmmdd hh:mm:ss.uuuuuu threadid file:line] message`, where `L` is `I`, `W`,
 * `E` or `F`. The year comes from `referenceYear` (0: the current UTC year). Thread id and `file:line` become the `pid` and `caller`
 * fields; structured klog (`] "msg" key="value"`) puts its pairs into fields too.
 *
 * Returns `null` when the line does not have exactly this shape. Never throws.
 */
export function parseKlog(line: string, referenceYear: number): ParsedLine | null {
  const level = levelFromLetter(line[0] ?? '');
  if (level === null || countDigits(line, 1) !== 4 || line.charCodeAt(5) !== 32) return null;
  const clock = readClockMilliseconds(line, 6);
  if (clock === null || !isBlank(line.charCodeAt(clock.end))) return null;
  const threadStart = skipBlanks(line, clock.end);
  const threadDigits = countDigits(line, threadStart);
  if (threadDigits === 0 || line.charCodeAt(threadStart + threadDigits) !== 32) return null;
  const sourceStart = threadStart + threadDigits + 1;
  const bracket = line.indexOf(']', sourceStart);
  if (bracket < 0 || bracket - sourceStart > 256 || line.lastIndexOf(' ', bracket) >= sourceStart)
    return null;
  const month = digitsValue(line, 1, 3);
  const day = digitsValue(line, 3, 5);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const time = daysSinceEpoch(resolveYear(referenceYear), month, day) * 86_400_000 + clock.milliseconds;
  const fields: Record<string, string> = {
    pid: line.slice(threadStart, threadStart + threadDigits),
    caller: line.slice(sourceStart, bracket),
  };
  const messageStart = skipBlanks(line, bracket + 1);
  const message =
    line.charCodeAt(messageStart) === 34
      ? readStructured(line, messageStart, fields)
      : line.slice(messageStart).trim();
  return createParsedLine('klog', Number.isFinite(time) ? time : null, level, null, message, null, fields);
}
