import { z } from 'zod';

/** An ISO 8601 date-time with an explicit offset (`Z` or `+02:00`), e.g. `2026-03-04T10:15:00Z`. */
export const timestampSchema = z.iso.datetime({ offset: true });

/** Normalises any valid ISO 8601 date-time to UTC with millisecond precision (`...T10:15:00.000Z`). */
export function toUtcTimestamp(value: string | number | Date): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a valid date-time: ${String(value)}`);
  return date.toISOString();
}
