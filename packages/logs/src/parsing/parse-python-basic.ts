import { isBlank } from './character-classes.js';
import { createParsedLine } from './create-parsed-line.js';
import { upperCaseLevelFromRange } from './detect-level.js';
import type { ParsedLine } from './parsed-line.js';

/**
 * Parses Python's `logging.basicConfig()` default shape, `LEVEL:logger:message` (`INFO:root:started`).
 * Returns `null` unless a capitalised level, a colon, a blank-free logger name and a colon open the line.
 */
export function parsePythonBasic(line: string): ParsedLine | null {
  const firstColon = line.indexOf(':');
  if (firstColon < 4 || firstColon > 8) return null;
  const level = upperCaseLevelFromRange(line, 0, firstColon);
  if (level === null) return null;
  let index = firstColon + 1;
  const limit = Math.min(line.length, index + 200);
  while (index < limit) {
    const code = line.charCodeAt(index);
    if (code === 58) break;
    if (isBlank(code)) return null;
    index++;
  }
  if (index >= limit || index === firstColon + 1) return null;
  return createParsedLine(
    'python',
    null,
    level,
    line.slice(firstColon + 1, index),
    line.slice(index + 1).trim(),
    null,
    null,
  );
}
