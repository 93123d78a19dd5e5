import { isBlank, skipBlanks } from './character-classes.js';
import { levelFromRange } from './detect-level.js';
import { blankAfter, headerScan } from './header-scan.js';
import { isDigitsRange } from './header-token-shapes.js';
import { takeLogger } from './scan-header-after-level.js';

/**
 * `|`-separated headers (`20260304-14:10:02:606|Pedometer_Svc|4120|message`): fields without blanks
 * followed by another `|` are header; the first word is the service, digits the pid, a level word the
 * level. A pid after a service ends the header (`component|pid|` is the usual order).
 */
export function scanPipeFields(): void {
  const line = headerScan.line;
  let bar = headerScan.index;
  for (let field = 0; field < 6; field++) {
    const start = bar + 1;
    const next = line.indexOf('|', start);
    if (next < 0 || next - start > 64) break;
    const valueStart = skipBlanks(line, start);
    let valueEnd = next;
    while (valueEnd > valueStart && isBlank(line.charCodeAt(valueEnd - 1))) valueEnd--;
    if (valueEnd === valueStart || blankAfter(valueStart) < valueEnd) break;
    const level = headerScan.level === null ? levelFromRange(line, valueStart, valueEnd) : null;
    bar = next;
    if (level !== null) {
      headerScan.level = level;
    } else if (isDigitsRange(line, valueStart, valueEnd)) {
      headerScan.pid ??= line.slice(valueStart, valueEnd);
      if (headerScan.service !== null) break;
    } else {
      headerScan.service ??= line.slice(valueStart, valueEnd);
    }
  }
  headerScan.index = bar + 1;
  takeLogger();
}
