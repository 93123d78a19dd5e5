import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { describeError } from '../internal/describe-error.js';
import { sortByRotation } from './rotation-name.js';

/** The files behind a list of paths and glob patterns, and what could not be resolved. */
export interface ResolvedLogFiles {
  /** Absolute paths, without duplicates, rotation sets together and oldest first. */
  readonly files: readonly string[];
  /** One human-readable line per path or pattern that gave no file. */
  readonly problems: readonly string[];
}

async function resolveLiteral(path: string, cwd: string): Promise<{ file?: string; problem?: string }> {
  const absolute = resolve(cwd, path);
  try {
    const stats = await stat(absolute);
    if (stats.isDirectory()) {
      return { problem: `${path} is a directory; list its files or use a pattern such as ${path}/*.log` };
    }
    if (!stats.isFile()) return { problem: `${path} is not a regular file; skipped it` };
    return { file: absolute };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { problem: `${path} does not exist` };
    return { problem: `${path} could not be read: ${describeError(error)}` };
  }
}

/**
 * Expands `paths` (files and glob patterns, relative to `cwd`) into files. A missing file, a directory or
 * a pattern that matches nothing becomes a problem; the other paths still resolve. Rejects only when
 * `signal` aborts.
 */
export async function resolveLogFiles(
  paths: readonly string[],
  options: { cwd: string; signal: AbortSignal },
): Promise<ResolvedLogFiles> {
  const files = new Set<string>();
  const problems: string[] = [];
  for (const path of paths) {
    options.signal.throwIfAborted();
    if (!isDynamicPattern(path)) {
      const { file, problem } = await resolveLiteral(path, options.cwd);
      if (file) files.add(file);
      if (problem) problems.push(problem);
      continue;
    }
    let matches: string[] = [];
    try {
      matches = await glob(path, {
        cwd: options.cwd,
        absolute: true,
        onlyFiles: true,
        expandDirectories: false,
        signal: options.signal,
      });
    } catch (error) {
      options.signal.throwIfAborted();
      problems.push(`pattern ${path} could not be expanded: ${describeError(error)}`);
      continue;
    }
    if (matches.length === 0) {
      // Names such as `app(1).log` look like patterns; take them literally before giving up.
      const literal = await resolveLiteral(path, options.cwd);
      if (literal.file) files.add(literal.file);
      else problems.push(`pattern ${path} matched no files`);
    }
    for (const match of matches) files.add(resolve(match));
  }
  return { files: sortByRotation([...files]), problems };
}
