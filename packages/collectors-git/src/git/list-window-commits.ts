import type { TimeWindow } from '@triagekit/core';
import type { GitHistoryMode } from './git-history-mode.js';
import { type GitInvocation, runGitIn } from './git-invocation.js';
import { createGitRevListArguments } from './git-rev-list-arguments.js';
import { summarizeGitStderr } from './summarize-git-stderr.js';

/**
 * How many commits in a row must be older than the window before the walk stops. Git's own `--since`
 * stops at the first one, so a single commit made on a machine with a slow clock would hide everything
 * behind it; this tolerates runs of up to this many such commits, for the price of reading that many
 * short lines more.
 */
export const OLDER_COMMITS_BEFORE_STOP = 100;

/** The commits of a history walk whose committer time lies inside the window. */
export interface WindowCommits {
  /** Object names, newest first (in walk order). */
  readonly shas: readonly string[];
  /** Why the list may be incomplete (timeout, output cap), worded for the report; else `null`. */
  readonly problem: string | null;
}

/**
 * Walks the history of `commit` with `git rev-list --timestamp` (no diffs, so thousands of commits take
 * milliseconds) and keeps the commits whose committer time lies inside `window`, bounds included. Stops
 * git once {@link OLDER_COMMITS_BEFORE_STOP} commits in a row were older than the window. Rejects with
 * an `Error` carrying git's message when git fails, with the spawn error or the abort reason.
 */
export async function listWindowCommits(
  invocation: GitInvocation,
  options: {
    readonly commit: string;
    readonly window: TimeWindow;
    readonly history: GitHistoryMode;
    readonly maxOutputBytes: number;
  },
): Promise<WindowCommits> {
  const start = options.window.start.getTime();
  const end = options.window.end.getTime();
  const shas: string[] = [];
  let olderInARow = 0;
  let partialLine = '';
  const result = await runGitIn(invocation, {
    args: createGitRevListArguments(options.commit, options.history),
    maxOutputBytes: options.maxOutputBytes,
    onStdout(chunk) {
      const lines = (partialLine + chunk.toString('latin1')).split('\n');
      partialLine = lines.pop() ?? '';
      for (const line of lines) {
        const space = line.indexOf(' ');
        const time = Number(line.slice(0, space)) * 1000;
        if (time < start) {
          olderInARow += 1;
          if (olderInARow >= OLDER_COMMITS_BEFORE_STOP) return false;
          continue;
        }
        olderInARow = 0;
        if (time <= end) shas.push(line.slice(space + 1));
      }
      return true;
    },
  });
  if (result.outcome === 'exited' && result.exitCode !== 0) {
    throw new Error(
      `git rev-list failed (exit code ${String(result.exitCode)}): ${summarizeGitStderr(result.stderr)}`,
    );
  }
  const problem =
    result.outcome === 'timed-out'
      ? 'walking the history did not finish in time (raise timeoutMs)'
      : result.outcome === 'output-capped'
        ? `walking the history printed more than ${options.maxOutputBytes} bytes (raise maxOutputBytes)`
        : null;
  return { shas, problem };
}
