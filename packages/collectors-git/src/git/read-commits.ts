import type { TimeWindow } from '@triagekit/core';
import { CommitLogParser } from '../parse/commit-log-parser.js';
import type { GitCommit } from '../parse/git-commit.js';
import { NulTokenSplitter } from '../parse/nul-token-splitter.js';
import type { ServiceResolver } from '../services/create-service-resolver.js';
import { type GitInvocation, runGitIn } from './git-invocation.js';
import { createGitLogArguments } from './git-log-arguments.js';
import { summarizeGitStderr } from './summarize-git-stderr.js';

/** What reading the listed commits produced. */
export interface ReadCommitsResult {
  /** Commits that touch the paths, inside the window, in the order listed (newest first), at most `maxCommits`. */
  readonly commits: readonly GitCommit[];
  /** Limits that were reached (commits, files, output size, time), worded for the report. */
  readonly warnings: readonly string[];
  /** `true` when git was cut off before its end (output cap or timeout). */
  readonly incomplete: boolean;
}

/**
 * Reads the commits `shas` (newest first) that touch `pathspecs` with one streamed `git log --stdin
 * --no-walk` run, parsed as it arrives. Stops git as soon as `maxCommits` + 1 matching commits were seen
 * (the newest `maxCommits` are kept, with a warning); on a timeout or the output cap, the commits read
 * whole so far are kept, with a warning. Rejects with an `Error` carrying git's message when git fails,
 * with the spawn error when git cannot start, with the abort reason on abort.
 */
export async function readCommits(
  invocation: GitInvocation,
  options: {
    readonly shas: readonly string[];
    readonly window: TimeWindow;
    readonly pathspecs: readonly string[];
    readonly maxCommits: number;
    readonly maxFilesPerCommit: number;
    readonly maxOutputBytes: number;
    readonly serviceOf: ServiceResolver;
  },
): Promise<ReadCommitsResult> {
  const start = options.window.start.getTime();
  const end = options.window.end.getTime();
  const commits: GitCommit[] = [];
  const parser = new CommitLogParser({
    maxFilesPerCommit: options.maxFilesPerCommit,
    serviceOf: options.serviceOf,
    onCommit(commit) {
      const time = commit.committedAt * 1000;
      if (time >= start && time <= end) commits.push(commit);
    },
  });
  const splitter = new NulTokenSplitter();
  const result = await runGitIn(invocation, {
    args: createGitLogArguments(options.pathspecs),
    input: `${options.shas.join('\n')}\n`,
    maxOutputBytes: options.maxOutputBytes,
    onStdout(chunk) {
      for (const token of splitter.push(chunk)) parser.push(token);
      return commits.length <= options.maxCommits;
    },
  });
  const warnings: string[] = [];
  if (result.outcome === 'exited') {
    if (result.exitCode !== 0) {
      throw new Error(
        `git log failed (exit code ${String(result.exitCode)}): ${summarizeGitStderr(result.stderr)}`,
      );
    }
    const rest = splitter.end();
    if (rest !== null) parser.push(rest);
    parser.finish();
  }
  // Otherwise the commit being read when git was stopped may be cut short: it is never completed.
  if (commits.length > options.maxCommits) {
    commits.length = options.maxCommits;
    warnings.push(
      `more than ${options.maxCommits} commits under the configured paths in the window; kept the ${options.maxCommits} newest (maxCommits)`,
    );
  } else if (result.outcome === 'timed-out') {
    warnings.push(
      `git log did not finish in time; kept the ${commits.length} commits read before the timeout (raise timeoutMs or narrow paths)`,
    );
  } else if (result.outcome === 'output-capped') {
    warnings.push(
      `git log printed more than ${options.maxOutputBytes} bytes; kept the ${commits.length} commits read before the cap (raise maxOutputBytes or narrow paths)`,
    );
  }
  const filesCapped = commits.filter((commit) => commit.fileCount > commit.files.length).length;
  if (filesCapped > 0) {
    warnings.push(
      `${filesCapped} commit(s) changed more than ${options.maxFilesPerCommit} files; only the first ${options.maxFilesPerCommit} of each are listed, the totals count every file (maxFilesPerCommit)`,
    );
  }
  return {
    commits,
    warnings,
    incomplete: result.outcome === 'timed-out' || result.outcome === 'output-capped',
  };
}
