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

/** `undefined`, or an issue saying that `value` at `path` must be a string without whitespace. */
export function checkCollectorId(path: string, value: unknown): InputIssue[] {
  if (value === undefined) return [];
  return typeof value === 'string' && /^\S+$/.test(value)
    ? []
    : [{ path, message: `must be a non-empty string without whitespace, got ${JSON.stringify(value)}` }];
}

/** Throws an `InvalidInputError` naming every issue, when there is any. */
export function throwIfIssues(source: string, issues: readonly InputIssue[]): void {
  if (issues.length > 0) throw new InvalidInputError({ source, issues });
}
