import { dirname } from 'node:path';

/**
 * Variables that would point git at another repository, index or object store than the one configured
 * (they are set, for instance, when triage runs inside a git hook), or inject configuration.
 */
const REPOSITORY_VARIABLES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
  'GIT_PREFIX',
  'GIT_CONFIG_PARAMETERS',
  'GIT_CONFIG_COUNT',
  'GIT_EXTERNAL_DIFF',
];

/**
 * The environment every git run gets: the caller's, without variables that redirect git elsewhere, plus
 * - `GIT_OPTIONAL_LOCKS=0`: a read never takes (or writes) optional locks, such as an index refresh;
 * - `GIT_NO_LAZY_FETCH=1`: in a partial clone, a missing object is an error, not a download (git 2.44+);
 * - `GIT_CEILING_DIRECTORIES` = the repository's parent: git never wanders up into an enclosing repository,
 *   so a directory that is not a repository is reported as such;
 * - `GIT_TERMINAL_PROMPT=0`: `fetch` fails instead of waiting for a password nobody will type;
 * - `LC_ALL=C`: messages in English, matched and quoted in warnings;
 * - `GIT_PAGER=cat`, `PAGER=cat`: belt and braces next to `--no-pager`.
 *
 * `repositoryPath` must be absolute and resolved (no symbolic links), as the ceiling compares paths.
 */
export function createGitEnvironment(
  base: Readonly<Record<string, string | undefined>>,
  repositoryPath: string,
): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...base };
  for (const name of REPOSITORY_VARIABLES) delete environment[name];
  for (const name of Object.keys(environment)) {
    if (/^GIT_CONFIG_(?:KEY|VALUE)_\d+$/.test(name)) delete environment[name];
  }
  return {
    ...environment,
    GIT_OPTIONAL_LOCKS: '0',
    GIT_NO_LAZY_FETCH: '1',
    GIT_CEILING_DIRECTORIES: dirname(repositoryPath),
    GIT_TERMINAL_PROMPT: '0',
    LC_ALL: 'C',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
  };
}
