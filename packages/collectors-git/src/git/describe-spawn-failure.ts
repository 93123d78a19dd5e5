import { describeError } from '../internal/describe-error.js';

/**
 * Says why the git executable could not be started, and what to do: not found (`ENOENT`), not executable
 * (`EACCES`), or another spawn error quoted as is.
 */
export function describeSpawnFailure(binary: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') {
    return `the git executable "${binary}" was not found (${describeError(error)}); install git or set gitBinary to its path`;
  }
  if (code === 'EACCES') {
    return `the git executable "${binary}" could not be run (${describeError(error)}); check its permissions or set gitBinary`;
  }
  return `git ("${binary}") could not be started: ${describeError(error)}`;
}
