import type { z } from 'zod';
import { type InputIssue, InvalidInputError } from '../errors/invalid-input-error.js';

function describeReceived(input: unknown, path: readonly PropertyKey[]): string {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return '';
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  if (value === undefined) return ' (missing)';
  const text = JSON.stringify(value);
  if (text === undefined) return '';
  return `, got ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}

/** Converts zod issues into {@link InputIssue}s with dotted paths and the offending value. */
export function toInputIssues(error: z.ZodError, input: unknown, prefix = ''): InputIssue[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((part) => part !== '').join('.');
    return { path, message: `${issue.message}${describeReceived(input, issue.path)}` };
  });
}

/**
 * Parses `input` with `schema`, or throws an {@link InvalidInputError} naming every offending field.
 * @param source - what the input is, for the message (e.g. `alert file alert.json`).
 */
export function parseOrThrow<T extends z.ZodType>(
  schema: T,
  input: unknown,
  source: string,
  options: { prefix?: string; hint?: string } = {},
): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new InvalidInputError({
    source,
    issues: toInputIssues(result.error, input, options.prefix),
    hint: options.hint,
    cause: result.error,
  });
}
