import { isBlank, skipBlanks } from './character-classes.js';
import { blankAfter, bracketEnd, headerScan, takeProgramTag } from './header-scan.js';
import { isLoggerName } from './header-token-shapes.js';

/**
 * Without a level: strips `[thread]`/`[host]` brackets, then a syslog-like `program[pid]:`, optionally
 * after a host (`host app[42]: ...`), or a logger name followed by a colon or ` - `.
 */
export function stripWithoutLevel(position: number): void {
  const line = headerScan.line;
  headerScan.index = position;
  for (let step = 0; step < 3; step++) {
    const index = skipBlanks(line, headerScan.index);
    if (line.charCodeAt(index) !== 91) break;
    const close = bracketEnd(line, index);
    if (close < 0) break;
    headerScan.thread ??= line.slice(index + 1, close).trim();
    headerScan.index = close + 1;
  }
  const index = skipBlanks(line, headerScan.index);
  const end = blankAfter(index);
  const hasColon = end - 1 > index && line.charCodeAt(end - 1) === 58;
  if (takeProgramTag(index, end)) return;
  if (!hasColon && line.charCodeAt(end - 1) !== 93) {
    const next = skipBlanks(line, end);
    if (takeProgramTag(next, blankAfter(next))) {
      headerScan.host = line.slice(index, end);
      return;
    }
  }
  if (hasColon && isLoggerName(line, index, end - 1)) {
    headerScan.logger = line.slice(index, end - 1);
    headerScan.index = end;
    return;
  }
  // `program.exe - message`, as proxies and Windows tools write it.
  const next = skipBlanks(line, end);
  if (
    next > end &&
    line.charCodeAt(next) === 45 &&
    isBlank(line.charCodeAt(next + 1)) &&
    isLoggerName(line, index, end)
  ) {
    headerScan.logger = line.slice(index, end);
    headerScan.index = next + 1;
  }
}
