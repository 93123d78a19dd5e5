import { type InputIssue, InvalidInputError } from '@triagekit/core';

/** `undefined`, or an issue saying that `value` at `path` must be a positive integer. */
export function checkPositiveInteger(path: string, value: unknown): InputIssue[] {
  if (value === undefined) return [];
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
    ? []
    : [{ path, message: `must be a positive integer, got ${String(value)}` }];
}

/** `undefined`, or an issue saying that `value` at `path` must be a non-negative integer. */
export function checkNonNegativeInteger(path: string, value: unknown): InputIssue[] {
  if (value === undefined) return [];
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
    ? []
    : [{ path, message: `must be a non-negative integer, got ${String(value)}` }];
}

/** `undefined`, or an issue saying that `value` at `path` must be a positive, finite number. */
export function checkPositiveNumber(path: string, value: unknown): InputIssue[] {
  if (value === undefined) return [];
  return typeof value === 'number' && Number.isFinite(value) && value > 0
    ? []
    : [{ path, message: `must be a positive number, got ${String(value)}` }];
}

/** `undefined`, or one issue per entry of `value` at `path` that is not a non-empty string. */
export function checkStringList(
  path: string,
  value: unknown,
  options: { nonEmpty?: boolean } = {},
): InputIssue[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return [{ path, message: 'must be an array of strings' }];
  if (options.nonEmpty && value.length === 0) return [{ path, message: 'must not be empty' }];
  return value.flatMap((item, index) =>
    typeof item === 'string' && item.trim().length > 0
      ? []
      : [{ path: `${path}.${index}`, message: `must be a non-empty string, got ${JSON.stringify(item)}` }],
  );
}

/** `undefined`, or an issue unless `value` is one of `allowed`. */
export function checkOneOf(path: string, value: unknown, allowed: readonly string[]): InputIssue[] {
  if (value === undefined) return [];
  return allowed.includes(value as string)
    ? []
    : [
        {
          path,
          message: `must be one of ${allowed.map((item) => `'${item}'`).join(', ')}, got ${JSON.stringify(value)}`,
        },
      ];
}

/** Throws an `InvalidInputError` naming every issue, when there is any. */
export function throwIfIssues(source: string, issues: readonly InputIssue[]): void {
  if (issues.length > 0) throw new InvalidInputError({ source, issues });
}
