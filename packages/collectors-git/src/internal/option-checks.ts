import { type InputIssue, InvalidInputError } from '@triagekit/core';

/** `undefined`, or an issue saying that `value` at `path` must be a positive integer. */
export function checkPositiveInteger(path: string, value: unknown): InputIssue[] {
  if (value === undefined) return [];
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
    ? []
    : [{ path, message: `must be a positive integer, got ${JSON.stringify(value)}` }];
}

/** `undefined`, or an issue saying that `value` at `path` must be `true` or `false`. */
export function checkBoolean(path: string, value: unknown): InputIssue[] {
  if (value === undefined || typeof value === 'boolean') return [];
  return [{ path, message: `must be true or false, got ${JSON.stringify(value)}` }];
}

/** `undefined`, or an issue saying that `value` at `path` must be a non-empty string. */
export function checkNonEmptyString(path: string, value: unknown): InputIssue[] {
  if (value === undefined || (typeof value === 'string' && value.trim().length > 0)) return [];
  return [{ path, message: `must be a non-empty string, got ${JSON.stringify(value)}` }];
}

/**
 * `undefined`, or an issue unless `value` is a name git can take as an argument: non-empty, no whitespace
 * or control characters, not starting with `-` (which git would read as an option).
 */
export function checkGitName(path: string, value: unknown, example: string): InputIssue[] {
  if (value === undefined) return [];
  const usable =
    typeof value === 'string' &&
    value.length > 0 &&
    !value.startsWith('-') &&
    [...value].every((character) => {
      const code = character.codePointAt(0) ?? 0;
      return code > 0x20 && code !== 0x7f && !/\s/.test(character);
    });
  return usable
    ? []
    : [
        {
          path,
          message: `must be a git name without spaces that does not start with "-" (e.g. ${example}), got ${JSON.stringify(value)}`,
        },
      ];
}

/** `true` for a plain object (not an array, not `null`). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Throws an `InvalidInputError` naming every issue, when there is any. */
export function throwIfIssues(source: string, issues: readonly InputIssue[]): void {
  if (issues.length > 0) throw new InvalidInputError({ source, issues });
}
