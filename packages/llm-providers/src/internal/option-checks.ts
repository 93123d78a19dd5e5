import { type InputIssue, InvalidInputError } from '@triagekit/core';

/** `[]`, or an issue saying that `value` at `path` must be a positive integer. `undefined` passes. */
export function checkPositiveInteger(path: string, value: unknown): InputIssue[] {
  if (value === undefined) return [];
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
    ? []
    : [{ path, message: `must be a positive integer, got ${String(value)}` }];
}

/** `[]`, or an issue saying that `value` at `path` must be a non-negative integer. `undefined` passes. */
export function checkNonNegativeInteger(path: string, value: unknown): InputIssue[] {
  if (value === undefined) return [];
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
    ? []
    : [{ path, message: `must be a non-negative integer, got ${String(value)}` }];
}

/** `[]`, or an issue saying that `value` at `path` must be a number in [minimum, maximum]. */
export function checkNumberInRange(
  path: string,
  value: unknown,
  minimum: number,
  maximum: number,
): InputIssue[] {
  if (value === undefined) return [];
  return typeof value === 'number' && Number.isFinite(value) && value >= minimum && value <= maximum
    ? []
    : [{ path, message: `must be a number from ${minimum} to ${maximum}, got ${String(value)}` }];
}

/** `[]`, or an issue saying that `value` at `path` must be a non-empty string. */
export function checkNonEmptyString(path: string, value: unknown, required = false): InputIssue[] {
  if (value === undefined && !required) return [];
  return typeof value === 'string' && value.trim() !== ''
    ? []
    : [{ path, message: `must be a non-empty string, got ${JSON.stringify(value) ?? String(value)}` }];
}

/** `[]`, or an issue saying that `value` at `path` must be an absolute http(s) URL. */
export function checkHttpUrl(path: string, value: unknown, required = false): InputIssue[] {
  if (value === undefined && !required) return [];
  if (typeof value === 'string' && URL.canParse(value)) {
    const { protocol } = new URL(value);
    if (protocol === 'http:' || protocol === 'https:') return [];
  }
  return [{ path, message: `must be an absolute http:// or https:// URL, got ${JSON.stringify(value)}` }];
}

/** Throws an `InvalidInputError` for `source` naming every issue, when there is any. */
export function throwIfIssues(source: string, issues: readonly InputIssue[], hint?: string): void {
  if (issues.length > 0) throw new InvalidInputError({ source, issues, ...(hint ? { hint } : {}) });
}
