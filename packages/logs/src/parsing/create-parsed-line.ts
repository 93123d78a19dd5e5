import type { Severity } from '@triagekit/core';
import type { LogFormat } from './log-format.js';
import type { ParsedLine } from './parsed-line.js';

/** Shared, frozen `{}` so lines without fields allocate nothing for them. */
const NO_FIELDS: Readonly<Record<string, string>> = Object.freeze({});

/**
 * Builds a {@link ParsedLine}. Every parser goes through here so all results share one object shape,
 * which keeps property access monomorphic on the hot path.
 */
export function createParsedLine(
  format: LogFormat,
  time: number | null,
  level: Severity | null,
  service: string | null,
  message: string,
  traceId: string | null,
  fields: Readonly<Record<string, string>> | null,
): ParsedLine {
  return { time, level, service, message, traceId, fields: fields ?? NO_FIELDS, format };
}
