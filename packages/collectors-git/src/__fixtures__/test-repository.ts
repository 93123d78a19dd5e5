import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { createTestGitEnvironment, toGitDate } from './test-git-environment.js';

const run = promisify(execFile);

/** Who and when of a test commit. */
export interface TestCommitOptions {
  /** Committer time, ISO 8601: when the commit reached the branch. */
  readonly at: string;
  /** Author time, ISO 8601. Default: `at`. */
  readonly authoredAt?: string;
  readonly authorName?: string;
  readonly authorEmail?: string;
}

/** A real git repository in a temporary directory, built with the git binary for a test. */
export class TestRepository {
  private constructor(readonly path: string) {}

  /** `git init` (branch `main`) at `path`, which is created; `bare` for a bare repository. */
  static async create(path: string, options: { bare?: boolean } = {}): Promise<TestRepository> {
    await mkdir(path, { recursive: true });
    const repository = new TestRepository(path);
    await repository.git(['init', '--quiet', '--initial-branch=main', ...(options.bare ? ['--bare'] : [])]);
    return repository;
  }

  /** Wraps an existing repository (a clone made by a test). */
  static open(path: string): TestRepository {
    return new TestRepository(path);
  }

  /** Runs git in the repository and returns its standard output. */
  async git(args: readonly string[], extra: Record<string, string> = {}, input?: string): Promise<string> {
    const child = run('git', args, {
      cwd: this.path,
      env: createTestGitEnvironment(extra),
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
    });
    if (input !== undefined) {
      child.child.stdin?.end(input);
    }
    const { stdout } = await child;
    return stdout;
  }

  /** Writes files (creating directories); `null` deletes the file. */
  async write(files: Readonly<Record<string, string | Buffer | null>>): Promise<void> {
    for (const [name, content] of Object.entries(files)) {
      const file = join(this.path, name);
      if (content === null) {
        await rm(file, { force: true });
      } else {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, content);
      }
    }
  }

  /** Stages everything and commits with explicit author and committer dates; resolves with the sha. */
  async commit(message: string, options: TestCommitOptions): Promise<string> {
    await this.git(['add', '--all']);
    await this.git(
      ['commit', '--quiet', '--allow-empty', '--no-verify', '--cleanup=verbatim', '-F', '-'],
      {
        GIT_AUTHOR_DATE: toGitDate(options.authoredAt ?? options.at),
        GIT_COMMITTER_DATE: toGitDate(options.at),
        ...(options.authorName ? { GIT_AUTHOR_NAME: options.authorName } : {}),
        ...(options.authorEmail ? { GIT_AUTHOR_EMAIL: options.authorEmail } : {}),
      },
      message,
    );
    return (await this.git(['rev-parse', 'HEAD'])).trim();
  }

  /** Writes files, then commits them. */
  async commitFiles(
    files: Readonly<Record<string, string | Buffer | null>>,
    message: string,
    options: TestCommitOptions,
  ): Promise<string> {
    await this.write(files);
    return this.commit(message, options);
  }
}
