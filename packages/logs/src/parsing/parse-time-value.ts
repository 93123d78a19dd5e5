import { readTimestamp } from './parse-timestamp.js';

/** Epoch number to milliseconds, guessing the unit from its size (s, ms, µs or ns). */
function epochToMilliseconds(value: number): number | null {
  if (!Number.isFinite(value) || value <= 0) return null;
  if (value < 1e11) return Math.round(value * 1000);
  if (value < 1e14) return Math.round(value);
  if (value < 1e17) return Math.floor(value / 1000);
  return Math.floor(value / 1e6);
}

/**
 * Reads a time value from a structured field (JSON or logfmt): an epoch number in seconds, milliseconds,
 * microseconds or nanoseconds (unit guessed from size; strings of digits too) or any timestamp string
 * {@link readTimestamp} understands. Returns ms since the epoch (UTC) or `null` when it is none of these.
 */
export function parseTimeValue(value: unknown, referenceYear: number): number | null {
  if (typeof value === 'number') return epochToMilliseconds(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text.length === 0) return null;
  const numeric = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isNaN(numeric)) return epochToMilliseconds(numeric);
  return readTimestamp(text, 0, referenceYear)?.time ?? null;
}
