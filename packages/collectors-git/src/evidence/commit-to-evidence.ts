import type { AttributeValue, EvidenceInput } from '@triagekit/core';
import type { GitCommit } from '../parse/git-commit.js';
import type { ResolvedRepository } from '../repository/resolved-repository.js';
import { choosePrimaryService } from '../services/choose-primary-service.js';
import { formatCommitText } from './format-commit-text.js';
import { renderCommitUrl } from './render-commit-url.js';

/** The `change` evidence of one commit, as `createGitCollector` returns it. */
export type CommitEvidence = EvidenceInput & {
  readonly id: string;
  readonly time: string;
  readonly attributes: Record<string, AttributeValue>;
};

/**
 * The stable id of a commit's evidence: `ev_git_<repository id>_<first 12 characters of the sha>`. The same
 * commit read again (another run, a replay) gets the same id; the repository id keeps forks apart.
 */
export function commitEvidenceId(repositoryId: string, sha: string): string {
  return `ev_git_${repositoryId}_${sha.slice(0, 12)}`;
}

/**
 * Maps one commit to `change` evidence: timed at the committer time (when it reached the branch; the author
 * time is in `authoredAt`), severity `info`, filed under one service (see `choosePrimaryService`; all of
 * them in `services`), with the subject, body and diffstat as text, the facts as attributes and a link to
 * the commit page when the repository has a `webUrl`. Author emails only with `includeEmails`. Never throws.
 */
export function commitToEvidence(
  commit: GitCommit,
  repository: ResolvedRepository,
  options: { readonly alertService: string | null; readonly includeEmails: boolean },
): CommitEvidence {
  const services = [...commit.serviceWeights.keys()].sort();
  const attributes: Record<string, AttributeValue> = {
    repository: repository.id,
    repositoryLabel: repository.label,
    ref: repository.ref,
    sha: commit.sha,
    subject: commit.subject,
    author: commit.authorName,
    ...(options.includeEmails ? { authorEmail: commit.authorEmail } : {}),
    authoredAt: new Date(commit.authoredAt * 1000).toISOString(),
    committedAt: new Date(commit.committedAt * 1000).toISOString(),
    merge: commit.parents.length > 1,
    files: commit.fileCount,
    filesListed: commit.files.length,
    insertions: commit.insertions,
    deletions: commit.deletions,
    services: services.length > 0 ? services.join(',') : null,
  };
  return {
    id: commitEvidenceId(repository.id, commit.sha),
    kind: 'change',
    time: new Date(commit.committedAt * 1000).toISOString(),
    service: choosePrimaryService(commit.serviceWeights, options.alertService),
    severity: 'info',
    text: formatCommitText(commit, repository.label, services),
    attributes,
    links: repository.webUrl
      ? [{ label: `commit ${commit.sha.slice(0, 12)}`, url: renderCommitUrl(repository.webUrl, commit.sha) }]
      : [],
  };
}
