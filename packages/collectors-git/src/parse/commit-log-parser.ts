import type { ServiceResolver } from '../services/create-service-resolver.js';
import { CommitDraft } from './commit-draft.js';
import type { GitCommit } from './git-commit.js';
import { COMMIT_MARKER, GIT_LOG_FIELD_COUNT } from './git-log-format.js';

/** `:100644 100644 <old object> <new object> R086` (modes and objects vary; the status is last). */
const RAW_ENTRY = /^:[0-7]+ [0-7]+ [0-9a-f]+ [0-9a-f]+ ([A-Z])[0-9]*$/;
/** `12\t3\tpath`, `-\t-\tpath` (binary), or `12\t3\t` followed by two path tokens (a rename). */
const NUMSTAT_ENTRY = /^(\d+|-)\t(\d+|-)\t/;

type Expectation =
  | { readonly kind: 'marker' }
  | { readonly kind: 'field' }
  | { readonly kind: 'diff' }
  | {
      readonly kind: 'raw-paths';
      readonly status: string;
      readonly remaining: 1 | 2;
      readonly first?: string;
    }
  | {
      readonly kind: 'numstat-paths';
      readonly insertions: number | null;
      readonly deletions: number | null;
      readonly remaining: 1 | 2;
      readonly first?: string;
    };

function count(text: string): number | null {
  return text === '-' ? null : Number(text);
}

/**
 * Parses the NUL-separated tokens of `git log -z --format=GIT_LOG_FORMAT --raw --numstat` into commits,
 * one token at a time, so memory stays bounded however many files a commit changes: only the first
 * `maxFilesPerCommit` files are kept, the totals and the service weights cover all of them.
 *
 * Robust to any message: the marker and the raw/numstat records are recognised by shape only where a
 * record may start, and paths are consumed by count, never inspected. A message containing a NUL byte
 * (possible in hand-made commit objects) is rejoined. Calls `onCommit` as each commit completes.
 */
export class CommitLogParser {
  private expectation: Expectation = { kind: 'marker' };
  private fields: string[] = [];
  private draft: CommitDraft | null = null;

  constructor(
    private readonly options: {
      readonly maxFilesPerCommit: number;
      readonly serviceOf: ServiceResolver;
      readonly onCommit: (commit: GitCommit) => void;
    },
  ) {}

  /** Feeds one token (without its NUL). */
  push(token: string): void {
    const expectation = this.expectation;
    switch (expectation.kind) {
      case 'marker':
        // Anything before the first marker is noise; skip it.
        if (token.replace(/^\n/, '') === COMMIT_MARKER) this.startCommit();
        return;
      case 'field':
        this.pushField(token);
        return;
      case 'raw-paths':
        this.pushRawPath(expectation, token);
        return;
      case 'numstat-paths':
        this.pushNumstatPath(expectation, token);
        return;
      case 'diff':
        if (!this.startRecord(token)) this.draft?.appendToMessage(token);
        return;
    }
  }

  /** Completes the last commit; call once the output has ended. */
  finish(): void {
    this.completeCommit();
    this.expectation = { kind: 'marker' };
  }

  private startCommit(): void {
    this.completeCommit();
    this.fields = [];
    this.expectation = { kind: 'field' };
  }

  private pushField(token: string): void {
    this.fields.push(token);
    if (this.fields.length < GIT_LOG_FIELD_COUNT) return;
    const [sha, parents, authorName, authorEmail, authoredAt, committedAt, message] = this.fields as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    this.draft = new CommitDraft(
      {
        sha,
        parents: parents.split(' ').filter((parent) => parent.length > 0),
        authorName,
        authorEmail,
        authoredAt: Number(authoredAt),
        committedAt: Number(committedAt),
        message,
      },
      this.options.maxFilesPerCommit,
      this.options.serviceOf,
    );
    this.expectation = { kind: 'diff' };
  }

  /** Starts the record `token` opens, if it opens one; `false` when it is part of a message. */
  private startRecord(token: string): boolean {
    // Git puts a newline between the message and the first diff record.
    const record = token.startsWith('\n') ? token.slice(1) : token;
    if (record === COMMIT_MARKER) {
      this.startCommit();
      return true;
    }
    const raw = RAW_ENTRY.exec(record);
    if (raw) {
      const status = raw[1] as string;
      this.expectation = { kind: 'raw-paths', status, remaining: status === 'R' || status === 'C' ? 2 : 1 };
      return true;
    }
    const numstat = NUMSTAT_ENTRY.exec(record);
    if (numstat) {
      const insertions = count(numstat[1] as string);
      const deletions = count(numstat[2] as string);
      const path = record.slice(numstat[0].length);
      if (path.length > 0) {
        this.draft?.addNumstat({ path, insertions, deletions });
        this.expectation = { kind: 'diff' };
      } else {
        this.expectation = { kind: 'numstat-paths', insertions, deletions, remaining: 2 };
      }
      return true;
    }
    return false;
  }

  private pushRawPath(expectation: Extract<Expectation, { kind: 'raw-paths' }>, token: string): void {
    if (expectation.remaining === 2) {
      this.expectation = { ...expectation, remaining: 1, first: token };
      return;
    }
    this.draft?.addRaw(
      expectation.first === undefined
        ? { status: expectation.status, path: token }
        : { status: expectation.status, path: token, previousPath: expectation.first },
    );
    this.expectation = { kind: 'diff' };
  }

  private pushNumstatPath(expectation: Extract<Expectation, { kind: 'numstat-paths' }>, token: string): void {
    if (expectation.remaining === 2) {
      this.expectation = { ...expectation, remaining: 1, first: token };
      return;
    }
    this.draft?.addNumstat({
      path: token,
      previousPath: expectation.first,
      insertions: expectation.insertions,
      deletions: expectation.deletions,
    });
    this.expectation = { kind: 'diff' };
  }

  private completeCommit(): void {
    if (this.draft) this.options.onCommit(this.draft.build());
    this.draft = null;
  }
}
