import { normalizeSeverity, type Severity } from '@triagekit/core';

const jsonLevelKeys = ['level', 'severity', 'lvl', 'levelname', 'log.level', 'loglevel'];
const logfmtLevel = /(?:^|\s)(?:level|lvl|severity)=["']?([A-Za-z]+)/;
const klogHeader = /^([IWEF])\d{4} \d{2}:\d{2}:\d{2}/;
const klogSeverity: Record<string, Severity> = { I: 'info', W: 'warning', E: 'error', F: 'critical' };
// An upper-case level word, or any-case one in brackets, as most text formats print it.
const levelWord =
  /(?:^|[\s[(|:.])(FATAL|PANIC|CRITICAL|CRIT|ERROR|ERR|WARNING|WARN|INFO|NOTICE|DEBUG|TRACE)(?=$|[\s\]):|,])|\[(fatal|panic|critical|error|err|warning|warn|info|notice|debug|trace)\]/;
const crashMarkers: readonly [RegExp, Severity][] = [
  [/^panic: |^fatal error: |^runtime: out of memory/, 'critical'],
  [/^Traceback \(most recent call last\)|^Exception in thread |^\S+(?:Exception|Error): /, 'error'],
];

function fromJson(line: string): Severity | null {
  if (!line.startsWith('{')) return null;
  try {
    const record = JSON.parse(line) as Record<string, unknown>;
    for (const key of jsonLevelKeys) {
      const severity = normalizeSeverity(record[key]);
      if (severity !== 'unknown') return severity;
    }
  } catch {
    // Not JSON after all: the text rules below decide.
  }
  return null;
}

/**
 * A light severity detection for container log lines, in this order: a JSON line's `level`/`severity`
 * field; logfmt `level=`; a klog header (`E0304 09:58:00…`); a level word (`ERROR`, `[warn]`, `WARN:`);
 * crash markers (`panic:` → critical, a Java/Python exception line → error). `unknown` when nothing says.
 */
export function detectLogSeverity(line: string): Severity {
  const json = fromJson(line);
  if (json) return json;
  const logfmt = logfmtLevel.exec(line);
  if (logfmt) {
    const severity = normalizeSeverity(logfmt[1]);
    if (severity !== 'unknown') return severity;
  }
  const klog = klogHeader.exec(line);
  if (klog) return klogSeverity[klog[1] as string] ?? 'unknown';
  for (const [pattern, severity] of crashMarkers) if (pattern.test(line)) return severity;
  const word = levelWord.exec(line.slice(0, 200));
  return word ? normalizeSeverity(word[1] ?? word[2]) : 'unknown';
}
