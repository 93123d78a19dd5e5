/** A log answer cut to the caps, as lines. */
export interface CappedLog {
  readonly lines: string[];
  /** The size of the kept text, in bytes (UTF-8). */
  readonly bytes: number;
  /** The answer was at least `limitBytes` long, so lines were probably cut off. */
  readonly reachedByteLimit: boolean;
  /** Lines dropped to keep `tailLines` (only when the server ignored the parameter). */
  readonly droppedLines: number;
}

/**
 * Applies `limitBytes` and `tailLines` on our side too, in case the server (or a proxy) ignored them: the
 * first `limitBytes` bytes are kept (as the API server does), then the last `tailLines` lines. A trailing
 * newline does not make an empty last line.
 */
export function capLogText(text: string, caps: { limitBytes: number; tailLines: number }): CappedLog {
  const buffer = Buffer.from(text, 'utf8');
  const reachedByteLimit = buffer.length >= caps.limitBytes;
  const kept = buffer.length > caps.limitBytes ? buffer.subarray(0, caps.limitBytes).toString('utf8') : text;
  const lines = kept.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const droppedLines = Math.max(0, lines.length - caps.tailLines);
  return {
    lines: droppedLines > 0 ? lines.slice(droppedLines) : lines,
    bytes: Math.min(buffer.length, caps.limitBytes),
    reachedByteLimit,
    droppedLines,
  };
}
