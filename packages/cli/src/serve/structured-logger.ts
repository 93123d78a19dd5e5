/** Severity of a log line. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Writes one JSON object per line: `{"time", "level", "msg", ...fields}`. */
export type StructuredLogger = (level: LogLevel, message: string, fields?: Record<string, unknown>) => void;

/** A logger writing JSON lines through `write` (stderr in the binary), easy to ship to any log system. */
export function createStructuredLogger(
  write: (text: string) => void,
  now: () => Date = () => new Date(),
): StructuredLogger {
  return (level, message, fields = {}) => {
    write(`${JSON.stringify({ time: now().toISOString(), level, msg: message, ...fields })}\n`);
  };
}
