import type { ServiceResolver } from '../services/create-service-resolver.js';
import type { ChangedFile, GitCommit } from './git-commit.js';
import { splitCommitMessage } from './split-commit-message.js';

interface CommitHeader {
  readonly sha: string;
  readonly parents: readonly string[];
  readonly authorName: string;
  readonly authorEmail: string;
  readonly authoredAt: number;
  readonly committedAt: number;
  readonly message: string;
}

interface RawRecord {
  readonly status: string;
  readonly path: string;
  readonly previousPath?: string;
}

interface NumstatRecord {
  readonly path: string;
  readonly previousPath?: string | undefined;
  readonly insertions: number | null;
  readonly deletions: number | null;
}

/**
 * A commit being read: its `--raw` records (status and paths) and `--numstat` records (line counts) arrive
 * separately, in the same order, and are paired by position. Only the first `maxFiles` of each are kept;
 * totals and service weights are accumulated over all of them.
 */
export class CommitDraft {
  private message: string;
  private readonly raw: RawRecord[] = [];
  private readonly numstat: NumstatRecord[] = [];
  private rawCount = 0;
  private numstatCount = 0;
  private insertions = 0;
  private deletions = 0;
  private readonly serviceWeights = new Map<string, number>();

  constructor(
    private readonly header: CommitHeader,
    private readonly maxFiles: number,
    private readonly serviceOf: ServiceResolver,
  ) {
    this.message = header.message;
  }

  /** Rejoins a message that held a NUL byte; ignored once diff records have begun. */
  appendToMessage(token: string): void {
    if (this.rawCount === 0 && this.numstatCount === 0) this.message += `\u0000${token}`;
  }

  addRaw(record: RawRecord): void {
    if (this.rawCount < this.maxFiles) this.raw.push(record);
    this.rawCount += 1;
  }

  addNumstat(record: NumstatRecord): void {
    if (this.numstatCount < this.maxFiles) this.numstat.push(record);
    this.numstatCount += 1;
    this.insertions += record.insertions ?? 0;
    this.deletions += record.deletions ?? 0;
    const weight = (record.insertions ?? 0) + (record.deletions ?? 0) + 1;
    const services = new Set([this.serviceOf(record.path)]);
    // A move between services touches both.
    if (record.previousPath !== undefined) services.add(this.serviceOf(record.previousPath));
    for (const service of services) {
      if (service !== null)
        this.serviceWeights.set(service, (this.serviceWeights.get(service) ?? 0) + weight);
    }
  }

  build(): GitCommit {
    const files: ChangedFile[] = [];
    const listed = Math.min(this.maxFiles, Math.max(this.raw.length, this.numstat.length));
    for (let index = 0; index < listed; index += 1) {
      const raw = this.raw[index];
      const counts = this.numstat[index];
      const path = raw?.path ?? counts?.path ?? '';
      const previousPath = raw?.previousPath ?? counts?.previousPath;
      files.push({
        status: raw?.status ?? (previousPath === undefined ? 'M' : 'R'),
        path,
        ...(previousPath === undefined ? {} : { previousPath }),
        insertions: counts ? counts.insertions : null,
        deletions: counts ? counts.deletions : null,
      });
    }
    const { subject, body } = splitCommitMessage(this.message);
    const { message: _message, ...header } = this.header;
    return {
      ...header,
      subject,
      body,
      files,
      fileCount: Math.max(this.rawCount, this.numstatCount),
      insertions: this.insertions,
      deletions: this.deletions,
      serviceWeights: this.serviceWeights,
    };
  }
}
