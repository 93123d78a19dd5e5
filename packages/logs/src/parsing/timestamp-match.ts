/** A timestamp found at some position of a line. */
export interface TimestampMatch {
  /** Milliseconds since the Unix epoch (UTC); `null` for a time of day without a date or an uptime. */
  readonly time: number | null;
  /** Index just past the timestamp. */
  readonly end: number;
}

/** The match, or `null` when the date or clock was out of range (`NaN`). */
export function timestampMatch(time: number | null, end: number): TimestampMatch | null {
  if (time !== null && !Number.isFinite(time)) return null;
  return { time, end };
}
