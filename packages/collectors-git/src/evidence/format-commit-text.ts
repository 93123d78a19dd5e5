import type { ChangedFile, GitCommit } from '../parse/git-commit.js';

/** Most characters of a commit body carried into evidence text; longer bodies are cut with a marker. */
export const MAX_BODY_LENGTH = 2000;

function describeCounts(insertions: number | null, deletions: number | null): string {
  return insertions === null || deletions === null ? 'binary' : `+${insertions} -${deletions}`;
}

function describeFile(file: ChangedFile): string {
  const path = file.previousPath === undefined ? file.path : `${file.previousPath} → ${file.path}`;
  return `${file.status} ${path} (${describeCounts(file.insertions, file.deletions)})`;
}

/**
 * The evidence text of a commit: a first line `<repository>@<12-character sha>: <subject>` (what timelines
 * and change findings show), the body (cut to {@link MAX_BODY_LENGTH} characters), then the diffstat: files
 * changed with totals, the services they map to, a note on merges, and one line per listed file
 * (`M path (+2 -1)`, renames as `R old → new`), with how many were left unlisted. Never throws.
 */
export function formatCommitText(
  commit: GitCommit,
  repositoryLabel: string,
  services: readonly string[],
): string {
  const lines = [`${repositoryLabel}@${commit.sha.slice(0, 12)}: ${commit.subject || '(no subject)'}`];
  if (commit.body.length > 0) {
    const body =
      commit.body.length > MAX_BODY_LENGTH
        ? `${commit.body.slice(0, MAX_BODY_LENGTH)} …[body cut at ${MAX_BODY_LENGTH} characters]`
        : commit.body;
    lines.push('', body);
  }
  const fileWord = commit.fileCount === 1 ? 'file' : 'files';
  const serviceNote = services.length > 0 ? `; services: ${services.join(', ')}` : '';
  lines.push(
    '',
    `${commit.fileCount} ${fileWord} changed, +${commit.insertions} -${commit.deletions}${serviceNote}`,
  );
  if (commit.parents.length > 1) {
    lines.push(`merge of ${commit.parents.length} parents: changes shown against the first parent`);
  }
  for (const file of commit.files) lines.push(describeFile(file));
  const unlisted = commit.fileCount - commit.files.length;
  if (unlisted > 0) lines.push(`… and ${unlisted} more ${unlisted === 1 ? 'file' : 'files'} not listed`);
  return lines.join('\n');
}
