import {
  CollectorError,
  type CollectorV1,
  type CollectorV1CollectOptions,
  type CollectorV1Result,
  serviceFromAlertLabels,
} from '@triagekit/core';
import { type CommitEvidence, commitToEvidence } from './evidence/commit-to-evidence.js';
import type { GitCollectorOptions } from './git-collector-options.js';
import { mapSettled } from './internal/map-settled.js';
import { collectRepository } from './repository/collect-repository.js';
import { validateGitCollectorOptions } from './validate-git-collector-options.js';

function newestFirst(a: CommitEvidence, b: CommitEvidence): number {
  return a.time < b.time ? 1 : a.time > b.time ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A read-only collector of git commits: for each configured clone, the commits of its ref (default `HEAD`)
 * whose committer time lies inside the window and that touch the configured paths (default
 * `DEFAULT_CHANGE_PATHS`: `k8s/`, `terraform/`, `helm/`, IaC files anywhere), each as one `change`
 * evidence item (see `commitToEvidence`) mapped to the services its files configure.
 *
 * Runs the `git` executable without a shell, with `--no-optional-locks` and `GIT_OPTIONAL_LOCKS=0`, and
 * never writes to a repository unless it sets `fetch: true` (then `git fetch` only). Repositories are read
 * in parallel (`concurrency`), each within `timeoutMs`.
 *
 * Failure: a repository that is missing, not a repository, has a bad ref, or whose git fails or is
 * missing becomes a warning naming it, and the others go on; `doCollect` rejects with a `CollectorError`
 * listing every reason only when no repository could be read. Limits reached (`maxCommits`,
 * `maxFilesPerCommit`, `maxOutputBytes`, `timeoutMs`, the pipeline's `maxItems`) keep what fits, newest
 * first, with a warning. On abort, the git processes are terminated and it rejects with the signal's
 * reason once they have exited. Throws `InvalidInputError` at creation when an option is invalid.
 */
export function createGitCollector(options: GitCollectorOptions): CollectorV1 {
  const settings = validateGitCollectorOptions(options);
  const { collectorId } = settings;
  const labels = settings.repositories.map((repository) => repository.label).join(', ');

  async function doCollect({
    alert,
    window,
    abortSignal,
    maxItems,
  }: CollectorV1CollectOptions): Promise<CollectorV1Result> {
    abortSignal.throwIfAborted();
    const outcomes = await mapSettled(settings.repositories, settings.concurrency, (repository) =>
      collectRepository(repository, settings, window, abortSignal),
    );
    const warnings = outcomes.flatMap((outcome) => outcome.warnings);
    if (!outcomes.some((outcome) => outcome.usable)) {
      throw new CollectorError({
        collectorId,
        message: `No git repository could be read. ${warnings.join(' ')}`,
      });
    }
    const alertService = serviceFromAlertLabels(alert.labels);
    const evidence = outcomes
      .flatMap((outcome, index) => {
        const repository = settings.repositories[index];
        return repository
          ? outcome.commits.map((commit) =>
              commitToEvidence(commit, repository, { alertService, includeEmails: settings.includeEmails }),
            )
          : [];
      })
      .sort(newestFirst);
    if (evidence.length > maxItems) {
      warnings.push(
        `${evidence.length} commits in the window across the repositories; kept the ${maxItems} newest (maxItems ${maxItems}).`,
      );
      evidence.length = Math.max(0, maxItems);
    }
    return { evidence, warnings };
  }

  return {
    specificationVersion: 'v1',
    collectorId,
    description: `git commits touching deployment and infrastructure paths in ${labels}`,
    doCollect,
  };
}
