import type { TimeWindow } from '@triagekit/core';
import { describeSpawnFailure } from '../git/describe-spawn-failure.js';
import { fetchRemote } from '../git/fetch-remote.js';
import { createGitEnvironment } from '../git/git-environment.js';
import type { GitInvocation } from '../git/git-invocation.js';
import { listWindowCommits } from '../git/list-window-commits.js';
import { readCommits } from '../git/read-commits.js';
import { resolveCommit } from '../git/resolve-commit.js';
import { describeError } from '../internal/describe-error.js';
import type { GitCommit } from '../parse/git-commit.js';
import type { GitCollectorSettings } from '../validate-git-collector-options.js';
import { openRepositoryDirectory } from './open-repository-directory.js';
import type { ResolvedRepository } from './resolved-repository.js';

/** What reading one repository gave: its commits (when usable) and its warnings, already prefixed. */
export interface RepositoryOutcome {
  /** `false` when nothing usable came back (not a repository, bad ref, git missing or failing). */
  readonly usable: boolean;
  readonly commits: readonly GitCommit[];
  readonly warnings: readonly string[];
}

/**
 * Reads one repository: checks the directory, fetches when asked, resolves the ref, reads the log. Every
 * failure becomes a warning naming the repository, its path and what to do, and the outcome is marked
 * unusable; only an abort rejects (with the signal's reason), so the other repositories go on.
 */
export async function collectRepository(
  repository: ResolvedRepository,
  settings: GitCollectorSettings,
  window: TimeWindow,
  signal: AbortSignal,
): Promise<RepositoryOutcome> {
  const where = `git repository "${repository.label}" (${repository.path})`;
  const warnings: string[] = [];
  const fail = (problem: string): RepositoryOutcome => ({
    usable: false,
    commits: [],
    warnings: [...warnings, `${where} ${problem}`],
  });
  const opened = await openRepositoryDirectory(repository.path);
  if ('problem' in opened) return fail(opened.problem);
  const invocation: GitInvocation = {
    binary: settings.gitBinary,
    cwd: opened.directory,
    env: createGitEnvironment(settings.environment, opened.directory),
    signal,
    deadline: Date.now() + settings.timeoutMs + (repository.fetch ? settings.fetchTimeoutMs : 0),
  };
  try {
    if (repository.fetch) {
      const fetchProblem = await fetchRemote(invocation, repository.remote, settings.fetchTimeoutMs);
      if (fetchProblem) warnings.push(`${where}: ${fetchProblem}`);
    }
    const resolution = await resolveCommit(invocation, repository.ref);
    if ('problem' in resolution) return fail(resolution.problem);
    const listed = await listWindowCommits(invocation, {
      commit: resolution.sha,
      window,
      history: settings.history,
      maxOutputBytes: settings.maxOutputBytes,
    });
    if (listed.problem)
      warnings.push(
        `${where}: ${listed.problem}; only the ${listed.shas.length} commits of the window found before that are read`,
      );
    if (listed.shas.length === 0) return { usable: listed.problem === null, commits: [], warnings };
    const read = await readCommits(invocation, {
      shas: listed.shas,
      window,
      pathspecs: repository.pathspecs,
      maxCommits: settings.maxCommits,
      maxFilesPerCommit: settings.maxFilesPerCommit,
      maxOutputBytes: settings.maxOutputBytes,
      serviceOf: repository.serviceOf,
    });
    return {
      usable: !(read.incomplete && read.commits.length === 0),
      commits: read.commits,
      warnings: [...warnings, ...read.warnings.map((warning) => `${where}: ${warning}`)],
    };
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    return fail(
      code === undefined
        ? `could not be read: ${describeError(error)}`
        : `could not be read: ${describeSpawnFailure(settings.gitBinary, error)}`,
    );
  }
}
