/** A log line as the kubelet returns it with `timestamps=true`: its time and its text. */
export interface TimestampedLine {
  /** Milliseconds since the epoch (the nanoseconds are cut). */
  readonly time: number;
  readonly text: string;
}

const prefix = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2}) ?/;

/**
 * Splits the RFC 3339 timestamp the kubelet puts before each line (`2026-03-04T09:58:00.123456789Z …`) from
 * the text. `null` when the line has no readable timestamp.
 */
export function splitTimestampedLine(line: string): TimestampedLine | null {
  const match = prefix.exec(line);
  if (!match) return null;
  const fraction = (match[2] ?? '').slice(0, 4);
  const time = Date.parse(`${match[1]}${fraction}${match[3]}`);
  if (Number.isNaN(time)) return null;
  return { time, text: line.slice(match[0].length) };
}
