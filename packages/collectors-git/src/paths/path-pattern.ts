import type { InputIssue } from '@triagekit/core';

/**
 * The canonical form of a path pattern: relative to the repository's top, without a leading `./` or `/`
 * and without repeated slashes (`./k8s//payments/` becomes `k8s/payments/`). Never throws.
 */
export function normalizePathPattern(pattern: string): string {
  return pattern.replace(/\/{2,}/g, '/').replace(/^(?:\.?\/)+/, '');
}

/**
 * Issues with one path pattern at `path` (an option path such as `paths[2]`): it must be a non-empty string
 * without NUL characters, must not start with `:` (git pathspec magic is not supported: write a plain
 * glob) and must not climb out of the repository with `..`.
 */
export function checkPathPattern(path: string, value: unknown): InputIssue[] {
  if (typeof value !== 'string' || normalizePathPattern(value).length === 0) {
    return [
      {
        path,
        message: `must be a non-empty path pattern such as "k8s/" or "**/*.tf", got ${JSON.stringify(value)}`,
      },
    ];
  }
  if (value.includes('\0')) return [{ path, message: 'must not contain NUL characters' }];
  if (value.startsWith(':')) {
    return [
      {
        path,
        message: `git pathspec magic is not supported; write a plain glob, got ${JSON.stringify(value)}`,
      },
    ];
  }
  if (normalizePathPattern(value).split('/').includes('..')) {
    return [
      { path, message: `must stay inside the repository (no ".." segments), got ${JSON.stringify(value)}` },
    ];
  }
  return [];
}

/**
 * The git pathspec for a normalised pattern: `:(top,glob)` magic, so it is read from the repository's top
 * whatever the working directory and `*` stays within one segment, exactly as `compileGlob` reads it.
 */
export function toPathspec(pattern: string): string {
  const wildcard = /[*?[]/.test(pattern.replace(/\\./g, ''));
  return `:(top,glob)${wildcard && pattern.endsWith('/') ? `${pattern}**` : pattern}`;
}
