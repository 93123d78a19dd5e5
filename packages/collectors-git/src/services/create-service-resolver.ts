import { compileGlob } from '../paths/compile-glob.js';
import { normalizePathPattern } from '../paths/path-pattern.js';
import { inferServiceFromPath } from './infer-service-from-path.js';

/** Maps a repository-relative path to the service it configures, or `null` when it names none. */
export type ServiceResolver = (path: string) => string | null;

/**
 * Builds the path → service mapping of a repository: the first rule whose glob matches the path wins
 * (rules are tried in the order given; globs read as in `compileGlob`), then, when `inferServices` is on,
 * {@link inferServiceFromPath}. Results are memoised per path, since a commit touching thousands of files
 * often touches the same ones again. Never throws.
 */
export function createServiceResolver(options: {
  readonly rules: ReadonlyArray<readonly [pattern: string, service: string]>;
  readonly inferServices: boolean;
}): ServiceResolver {
  const rules = options.rules.map(([pattern, service]) => ({
    matches: compileGlob(normalizePathPattern(pattern)),
    service,
  }));
  const memo = new Map<string, string | null>();
  return (path) => {
    const known = memo.get(path);
    if (known !== undefined) return known;
    const rule = rules.find((candidate) => candidate.matches(path));
    const service = rule ? rule.service : options.inferServices ? inferServiceFromPath(path) : null;
    // Bounded: a pathological history must not grow the memo without limit.
    if (memo.size < 100_000) memo.set(path, service);
    return service;
  };
}
