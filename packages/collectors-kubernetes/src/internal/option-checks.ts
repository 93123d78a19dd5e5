import type { InputIssue } from '@triagekit/core';

/** No issue for `undefined` or a positive safe integer; otherwise one naming `path`. */
export function checkPositiveInteger(path: string, value: unknown): InputIssue[] {
  if (value === undefined) return [];
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
    ? []
    : [{ path, message: `must be a positive integer, got ${String(value)}` }];
}

/** No issue for `undefined` or a non-negative safe integer; otherwise one naming `path`. */
export function checkNonNegativeInteger(path: string, value: unknown): InputIssue[] {
  if (value === undefined) return [];
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
    ? []
    : [{ path, message: `must be a non-negative integer, got ${String(value)}` }];
}

/** No issue for `undefined` or a non-blank string; otherwise one naming `path`. */
export function checkNonBlankString(path: string, value: unknown): InputIssue[] {
  if (value === undefined) return [];
  return typeof value === 'string' && value.trim().length > 0
    ? []
    : [{ path, message: `must be a non-empty string, got ${JSON.stringify(value)}` }];
}

/** No issue for `undefined` or a boolean; otherwise one naming `path`. */
export function checkBoolean(path: string, value: unknown): InputIssue[] {
  if (value === undefined) return [];
  return typeof value === 'boolean' ? [] : [{ path, message: `must be true or false, got ${String(value)}` }];
}
