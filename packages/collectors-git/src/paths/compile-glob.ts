const WILDCARD = /[*?[]/;

function escapeForRegExp(character: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(character) ? `\\${character}` : character;
}

/** Index just past the `]` closing the class opened at `open`, or -1 when it is never closed. */
function findClassEnd(pattern: string, open: number): number {
  let index = open + 1;
  if (pattern[index] === '!' || pattern[index] === '^') index += 1;
  // A `]` right after the opening bracket (or its negation) is a literal member, as in shells.
  if (pattern[index] === ']') index += 1;
  while (index < pattern.length && pattern[index] !== ']') index += 1;
  return index < pattern.length ? index + 1 : -1;
}

function classToRegExp(body: string): string {
  const negated = body.startsWith('!') || body.startsWith('^');
  const members = (negated ? body.slice(1) : body).replace(/[\\\]^]/g, (character) => `\\${character}`);
  // A class never matches the directory separator, like `*` and `?`.
  return negated ? `[^/${members}]` : `(?!/)[${members}]`;
}

function wildcardToRegExp(pattern: string): string {
  let source = '';
  let index = 0;
  while (index < pattern.length) {
    const character = pattern[index] as string;
    const atSegmentStart = index === 0 || pattern[index - 1] === '/';
    if (character === '*' && pattern[index + 1] === '*' && atSegmentStart) {
      const next = pattern[index + 2];
      if (next === '/') {
        source += '(?:.*/)?';
        index += 3;
        continue;
      }
      if (next === undefined) {
        source += '.*';
        index += 2;
        continue;
      }
    }
    if (character === '*') {
      source += '[^/]*';
      while (pattern[index] === '*') index += 1;
      continue;
    }
    if (character === '?') {
      source += '[^/]';
    } else if (character === '[') {
      const end = findClassEnd(pattern, index);
      if (end === -1) {
        source += '\\[';
      } else {
        source += classToRegExp(pattern.slice(index + 1, end - 1));
        index = end;
        continue;
      }
    } else if (character === '\\' && index + 1 < pattern.length) {
      source += escapeForRegExp(pattern[index + 1] as string);
      index += 2;
      continue;
    } else {
      source += escapeForRegExp(character);
    }
    index += 1;
  }
  return source;
}

/**
 * Turns a path pattern into a predicate over repository-relative paths (`k8s/payments/deploy.yaml`),
 * with the semantics git gives the same pattern as a `:(glob)` pathspec, so that `paths` (filtered by git)
 * and `services` (matched here) agree:
 *
 * - a pattern without wildcards names a file or a directory and everything under it (`k8s` and `k8s/`
 *   both match `k8s/payments/deploy.yaml`);
 * - `*` and `?` match within one path segment, `[abc]` and `[!abc]` one character of a class;
 * - a `**` segment matches any number of directories, none included: leading (`**` then `/*.tf` matches
 *   `main.tf` and `a/b/main.tf`), in between, or trailing (everything inside);
 * - a wildcard pattern ending in `/` means everything inside the directories it matches.
 *
 * Expects a pattern normalised by `normalizePathPattern`; never throws.
 */
export function compileGlob(pattern: string): (path: string) => boolean {
  if (!WILDCARD.test(pattern.replace(/\\./g, ''))) {
    const literal = pattern.replace(/\\(.)/g, '$1').replace(/\/+$/, '');
    const prefix = `${literal}/`;
    return (path) => path === literal || path.startsWith(prefix);
  }
  const expanded = pattern.endsWith('/') ? `${pattern}**` : pattern;
  const expression = new RegExp(`^${wildcardToRegExp(expanded)}$`, 's');
  return (path) => expression.test(path);
}
