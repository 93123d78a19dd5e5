/**
 * One file a commit changed, from `git log --raw --numstat`. `status` is git's letter: `A` added,
 * `M` modified, `D` deleted, `R` renamed, `C` copied, `T` type changed (file ↔ symlink).
 */
export interface ChangedFile {
  readonly status: string;
  /** The path after the change (for a deletion, the path that was deleted). Repository-relative. */
  readonly path: string;
  /** The path before a rename or copy; absent otherwise. */
  readonly previousPath?: string;
  /** Lines added; `null` for binary files, which git does not count in lines. */
  readonly insertions: number | null;
  /** Lines removed; `null` for binary files. */
  readonly deletions: number | null;
}

/** A commit as read from `git log`, with its diff limited to the configured paths. */
export interface GitCommit {
  /** The full object name (40 hex characters, 64 in SHA-256 repositories). */
  readonly sha: string;
  readonly parents: readonly string[];
  /** Author name, after `.mailmap`. */
  readonly authorName: string;
  /** Author email, after `.mailmap`. Kept out of evidence unless `includeEmails` is set. */
  readonly authorEmail: string;
  /** When the change was written, in seconds since the epoch. */
  readonly authoredAt: number;
  /** When the commit was made (rebased, merged, applied): when it reached the branch. Seconds. */
  readonly committedAt: number;
  /** First paragraph of the message, its lines joined by spaces (as git's `%s`). */
  readonly subject: string;
  /** The rest of the message, trimmed; empty when there is none. */
  readonly body: string;
  /** The first `maxFilesPerCommit` files changed, in git's order. */
  readonly files: readonly ChangedFile[];
  /** How many files changed in total, listed or not. */
  readonly fileCount: number;
  /** Lines added over all files, listed or not (binary files count 0). */
  readonly insertions: number;
  /** Lines removed over all files, listed or not. */
  readonly deletions: number;
  /** Service → weight (lines changed plus one per file), over all files, listed or not. */
  readonly serviceWeights: ReadonlyMap<string, number>;
}
