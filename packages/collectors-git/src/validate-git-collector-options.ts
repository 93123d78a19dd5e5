import { resolve } from 'node:path';
import type { InputIssue } from '@triagekit/core';
import { describeInvalidCommitUrlTemplate } from './evidence/render-commit-url.js';
import type { GitHistoryMode } from './git/git-history-mode.js';
import {
  DEFAULT_GIT_CONCURRENCY,
  DEFAULT_GIT_FETCH_TIMEOUT_MS,
  DEFAULT_GIT_MAX_COMMITS,
  DEFAULT_GIT_MAX_FILES_PER_COMMIT,
  DEFAULT_GIT_MAX_OUTPUT_BYTES,
  DEFAULT_GIT_TIMEOUT_MS,
  type GitCollectorOptions,
  type GitRepositoryOptions,
} from './git-collector-options.js';
import {
  checkBoolean,
  checkGitName,
  checkNonEmptyString,
  checkPositiveInteger,
  isPlainObject,
  throwIfIssues,
} from './internal/option-checks.js';
import { DEFAULT_CHANGE_PATHS } from './paths/default-change-paths.js';
import { checkPathPattern, normalizePathPattern, toPathspec } from './paths/path-pattern.js';
import { REPOSITORY_ID_PATTERN, repositoryIdFromPath } from './repository/repository-id.js';
import type { ResolvedRepository } from './repository/resolved-repository.js';
import { createServiceResolver } from './services/create-service-resolver.js';

/** The collector's options, checked and completed with defaults. */
export interface GitCollectorSettings {
  readonly collectorId: string;
  readonly repositories: readonly ResolvedRepository[];
  readonly includeEmails: boolean;
  readonly history: GitHistoryMode;
  readonly maxCommits: number;
  readonly maxFilesPerCommit: number;
  readonly maxOutputBytes: number;
  readonly timeoutMs: number;
  readonly fetchTimeoutMs: number;
  readonly concurrency: number;
  readonly gitBinary: string;
  readonly environment: Readonly<Record<string, string | undefined>>;
}

function checkPatterns(path: string, value: unknown): InputIssue[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return [{ path, message: 'must be an array of path patterns' }];
  return value.flatMap((pattern, index) => checkPathPattern(`${path}[${index}]`, pattern));
}

function checkServices(path: string, value: unknown): InputIssue[] {
  if (value === undefined) return [];
  if (!isPlainObject(value)) return [{ path, message: 'must map path patterns to service names' }];
  return Object.entries(value).flatMap(([pattern, service]) => [
    ...checkPathPattern(`${path}[${JSON.stringify(pattern)}]`, pattern),
    ...(typeof service === 'string' && service.length > 0 && service.length <= 256
      ? []
      : [
          {
            path: `${path}[${JSON.stringify(pattern)}]`,
            message: 'must be a service name of 1 to 256 characters',
          },
        ]),
  ]);
}

function checkRepository(path: string, repository: GitRepositoryOptions): InputIssue[] {
  const webUrlProblem =
    repository.webUrl === undefined ? null : describeInvalidCommitUrlTemplate(repository.webUrl);
  return [
    ...(typeof repository.path === 'string' && repository.path.length > 0 && !repository.path.includes('\0')
      ? []
      : [
          {
            path: `${path}.path`,
            message: `must be the path of a local clone, got ${JSON.stringify(repository.path)}`,
          },
        ]),
    ...(repository.id === undefined ||
    (typeof repository.id === 'string' && REPOSITORY_ID_PATTERN.test(repository.id))
      ? []
      : [
          {
            path: `${path}.id`,
            message: `must be 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit, got ${JSON.stringify(repository.id)}`,
          },
        ]),
    ...checkNonEmptyString(`${path}.label`, repository.label),
    ...checkGitName(`${path}.ref`, repository.ref, '"main", "origin/main", "v1.4.0"'),
    ...checkPatterns(`${path}.paths`, repository.paths),
    ...(Array.isArray(repository.paths) && repository.paths.length === 0
      ? [{ path: `${path}.paths`, message: 'must name at least one path pattern' }]
      : []),
    ...checkServices(`${path}.services`, repository.services),
    ...(webUrlProblem === null ? [] : [{ path: `${path}.webUrl`, message: webUrlProblem }]),
    ...checkBoolean(`${path}.fetch`, repository.fetch),
    ...checkGitName(`${path}.remote`, repository.remote, '"origin"'),
  ];
}

function checkCollector(options: GitCollectorOptions): InputIssue[] {
  const repositories: unknown = options.repositories;
  const repositoryIssues =
    Array.isArray(repositories) && repositories.length > 0
      ? repositories.flatMap((repository: unknown, index) =>
          isPlainObject(repository)
            ? checkRepository(`repositories[${index}]`, repository as unknown as GitRepositoryOptions)
            : [{ path: `repositories[${index}]`, message: 'must be an object such as { path: "./infra" }' }],
        )
      : [{ path: 'repositories', message: 'must list at least one repository, e.g. [{ path: "./infra" }]' }];
  return [
    ...repositoryIssues,
    ...(options.collectorId === undefined ||
    (typeof options.collectorId === 'string' && /^\S+$/.test(options.collectorId))
      ? []
      : [
          {
            path: 'collectorId',
            message: `must be a non-empty string without whitespace, got ${JSON.stringify(options.collectorId)}`,
          },
        ]),
    ...checkPatterns('paths', options.paths),
    ...(Array.isArray(options.paths) && options.paths.length === 0 && !options.additionalPaths?.length
      ? [{ path: 'paths', message: 'must name at least one path pattern (leave it out for the defaults)' }]
      : []),
    ...checkPatterns('additionalPaths', options.additionalPaths),
    ...checkServices('services', options.services),
    ...checkBoolean('inferServices', options.inferServices),
    ...checkBoolean('includeEmails', options.includeEmails),
    ...(options.history === undefined || options.history === 'first-parent' || options.history === 'all'
      ? []
      : [
          {
            path: 'history',
            message: `must be "first-parent" or "all", got ${JSON.stringify(options.history)}`,
          },
        ]),
    ...checkPositiveInteger('maxCommits', options.maxCommits),
    ...checkPositiveInteger('maxFilesPerCommit', options.maxFilesPerCommit),
    ...checkPositiveInteger('maxOutputBytes', options.maxOutputBytes),
    ...checkPositiveInteger('timeoutMs', options.timeoutMs),
    ...checkPositiveInteger('fetchTimeoutMs', options.fetchTimeoutMs),
    ...checkPositiveInteger('concurrency', options.concurrency),
    ...checkNonEmptyString('gitBinary', options.gitBinary),
    ...checkNonEmptyString('cwd', options.cwd),
    ...(options.environment === undefined || isPlainObject(options.environment)
      ? []
      : [{ path: 'environment', message: 'must map variable names to strings' }]),
  ];
}

function resolveRepositories(options: GitCollectorOptions): ResolvedRepository[] {
  const cwd = options.cwd ?? process.cwd();
  const sharedPatterns = [...(options.paths ?? DEFAULT_CHANGE_PATHS), ...(options.additionalPaths ?? [])];
  return options.repositories.map((repository) => {
    const path = resolve(cwd, repository.path);
    const id = repository.id ?? repositoryIdFromPath(path);
    const pathPatterns = [...new Set((repository.paths ?? sharedPatterns).map(normalizePathPattern))];
    return {
      id,
      label: repository.label ?? id,
      path,
      ref: repository.ref ?? 'HEAD',
      pathPatterns,
      pathspecs: pathPatterns.map(toPathspec),
      serviceOf: createServiceResolver({
        rules: [...Object.entries(repository.services ?? {}), ...Object.entries(options.services ?? {})],
        inferServices: options.inferServices ?? true,
      }),
      webUrl: repository.webUrl,
      fetch: repository.fetch ?? false,
      remote: repository.remote ?? 'origin',
    };
  });
}

/**
 * Checks every option and completes the defaults. Throws an `InvalidInputError` naming each offending
 * option (`repositories[1].ref`, `services["k8s/**"]`, ...), including two repositories sharing an id.
 */
export function validateGitCollectorOptions(options: GitCollectorOptions): GitCollectorSettings {
  throwIfIssues(
    'git collector options',
    isPlainObject(options) ? checkCollector(options) : [{ path: '', message: 'must be an object' }],
  );
  const repositories = resolveRepositories(options);
  const seen = new Map<string, number>();
  throwIfIssues(
    'git collector options',
    repositories.flatMap((repository, index) => {
      const first = seen.get(repository.id);
      seen.set(repository.id, first ?? index);
      return first === undefined
        ? []
        : [
            {
              path: `repositories[${index}].id`,
              message: `"${repository.id}" is also the id of repositories[${first}]; give each repository its own id`,
            },
          ];
    }),
  );
  return {
    collectorId: options.collectorId ?? 'git',
    repositories,
    includeEmails: options.includeEmails ?? false,
    history: options.history ?? 'first-parent',
    maxCommits: options.maxCommits ?? DEFAULT_GIT_MAX_COMMITS,
    maxFilesPerCommit: options.maxFilesPerCommit ?? DEFAULT_GIT_MAX_FILES_PER_COMMIT,
    maxOutputBytes: options.maxOutputBytes ?? DEFAULT_GIT_MAX_OUTPUT_BYTES,
    timeoutMs: options.timeoutMs ?? DEFAULT_GIT_TIMEOUT_MS,
    fetchTimeoutMs: options.fetchTimeoutMs ?? DEFAULT_GIT_FETCH_TIMEOUT_MS,
    concurrency: options.concurrency ?? DEFAULT_GIT_CONCURRENCY,
    gitBinary: options.gitBinary ?? 'git',
    environment: options.environment ?? process.env,
  };
}
