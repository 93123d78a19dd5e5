import type { GitHistoryMode } from './git/git-history-mode.js';

/** One local clone to read. */
export interface GitRepositoryOptions {
  /** The clone's top directory (where `.git` is) or a bare repository. Relative paths start at `cwd`. */
  readonly path: string;
  /**
   * Stable id: letters, digits, `.`, `_`, `-`, at most 64 characters. Evidence ids and attributes carry it.
   * Default: the directory's name (`.git` suffix dropped, other characters replaced by `-`).
   */
  readonly id?: string;
  /** Name shown in evidence texts and warnings. Default: the id. */
  readonly label?: string;
  /** Branch, tag or any commit-ish whose history is read. Default `'HEAD'` (the checked-out branch). */
  readonly ref?: string;
  /** Path patterns of this repository, replacing the collector's `paths` (and `additionalPaths`). */
  readonly paths?: readonly string[];
  /** Path → service rules of this repository, tried before the collector's `services`. */
  readonly services?: Readonly<Record<string, string>>;
  /**
   * Commit page URL template: `{sha}` (full) and `{shortSha}` (12 characters) are replaced, e.g.
   * `https://github.com/acme/infra/commit/{sha}`. Default: no link.
   */
  readonly webUrl?: string;
  /**
   * Run `git fetch` from `remote` before reading (default `false`). The only write this package ever makes,
   * and only to the local clone: it updates remote-tracking refs and adds objects, and never pushes. Read a
   * remote-tracking ref then, e.g. `ref: 'origin/main'`. A failed fetch is a warning; the local state is read.
   */
  readonly fetch?: boolean;
  /** The remote `fetch` reads from. Default `'origin'`. */
  readonly remote?: string;
}

/** Options of `createGitCollector`. */
export interface GitCollectorOptions {
  /** The clones to read, each with its own id, ref and optional paths, services and link template. */
  readonly repositories: readonly GitRepositoryOptions[];
  /** Stable collector id. Default `'git'`. */
  readonly collectorId?: string;
  /** Path patterns whose changes count, replacing `DEFAULT_CHANGE_PATHS`. Globs, as in `compileGlob`. */
  readonly paths?: readonly string[];
  /** Path patterns added to `paths` (or to the defaults). */
  readonly additionalPaths?: readonly string[];
  /** Path → service rules, glob → service name, first match wins: `{ 'k8s/payments/**': 'payments' }`. */
  readonly services?: Readonly<Record<string, string>>;
  /** Whether paths no rule matches get a service from `inferServiceFromPath`. Default `true`. */
  readonly inferServices?: boolean;
  /** Whether evidence carries author emails (`authorEmail`). Default `false`: names only. */
  readonly includeEmails?: boolean;
  /** `'first-parent'` (default): the branch's own commits, merges diffed against their first parent; `'all'`: every commit, merges skipped. */
  readonly history?: GitHistoryMode;
  /** Most commits read per repository; the newest are kept, with a warning. Default 500. */
  readonly maxCommits?: number;
  /** Most files listed per commit; totals still count every file. Default 50. */
  readonly maxFilesPerCommit?: number;
  /** Most bytes of `git log` output read per repository; the rest is dropped with a warning. Default 64 MiB. */
  readonly maxOutputBytes?: number;
  /** Time limit for reading one repository, in milliseconds. Default 15,000. */
  readonly timeoutMs?: number;
  /** Time limit for one `git fetch`, in milliseconds (only with `fetch: true`). Default 10,000. */
  readonly fetchTimeoutMs?: number;
  /** Repositories read at the same time. Default 4. */
  readonly concurrency?: number;
  /** The git executable, a name on `PATH` or a path. Default `'git'`. */
  readonly gitBinary?: string;
  /** Where relative repository paths start. Default `process.cwd()`. */
  readonly cwd?: string;
  /** Environment of the git processes (before the overrides in `createGitEnvironment`). Default `process.env`. */
  readonly environment?: Readonly<Record<string, string | undefined>>;
}

/** Default {@link GitCollectorOptions.maxCommits}. */
export const DEFAULT_GIT_MAX_COMMITS = 500;
/** Default {@link GitCollectorOptions.maxFilesPerCommit}. */
export const DEFAULT_GIT_MAX_FILES_PER_COMMIT = 50;
/** Default {@link GitCollectorOptions.maxOutputBytes}: 64 MiB. */
export const DEFAULT_GIT_MAX_OUTPUT_BYTES = 67_108_864;
/** Default {@link GitCollectorOptions.timeoutMs}. */
export const DEFAULT_GIT_TIMEOUT_MS = 15_000;
/** Default {@link GitCollectorOptions.fetchTimeoutMs}. */
export const DEFAULT_GIT_FETCH_TIMEOUT_MS = 10_000;
/** Default {@link GitCollectorOptions.concurrency}. */
export const DEFAULT_GIT_CONCURRENCY = 4;
