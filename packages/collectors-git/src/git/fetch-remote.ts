import { GIT_GLOBAL_ARGUMENTS } from './git-global-arguments.js';
import { type GitInvocation, runGitIn } from './git-invocation.js';
import { summarizeGitStderr } from './summarize-git-stderr.js';

/**
 * `git fetch` from `remote`: the one write this package can make, and only when a repository sets
 * `fetch: true`. It updates remote-tracking refs and adds objects to the local clone; it never pushes,
 * never touches tags, submodules or `FETCH_HEAD`, and runs no automatic garbage collection or
 * maintenance. Resolves with `null` on success or a warning saying why it failed (the local state is read
 * anyway). Rejects only when git cannot be started or the signal aborts.
 */
export async function fetchRemote(
  invocation: GitInvocation,
  remote: string,
  timeoutMs: number,
): Promise<string | null> {
  const result = await runGitIn(invocation, {
    args: [
      ...GIT_GLOBAL_ARGUMENTS,
      '-c',
      'gc.auto=0',
      '-c',
      'maintenance.auto=false',
      '-c',
      'fetch.writeCommitGraph=false',
      'fetch',
      '--quiet',
      '--no-tags',
      '--no-recurse-submodules',
      '--no-write-fetch-head',
      remote,
    ],
    maxOutputBytes: 65_536,
    timeoutMs,
  });
  if (result.outcome === 'timed-out') {
    return `git fetch from "${remote}" did not finish within ${timeoutMs} ms; read the local state instead (raise fetchTimeoutMs)`;
  }
  if (result.exitCode !== 0) {
    return `git fetch from "${remote}" failed (${summarizeGitStderr(result.stderr)}); read the local state instead`;
  }
  return null;
}
