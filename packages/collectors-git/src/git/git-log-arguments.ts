import { GIT_LOG_FORMAT } from '../parse/git-log-format.js';
import { GIT_GLOBAL_ARGUMENTS } from './git-global-arguments.js';

/**
 * The arguments of the `git log` run that reads the commits listed on its standard input (`--stdin
 * --no-walk=unsorted`: exactly those, in the order given, nothing walked): NUL-separated records (`-z`,
 * `GIT_LOG_FORMAT`), each file's status and paths (`--raw`, full object names) and line counts
 * (`--numstat`), rename detection (`-M`). Git leaves out the commits that do not touch `pathspecs`, and
 * diffs merges against their first parent (everything the merge brought in).
 */
export function createGitLogArguments(pathspecs: readonly string[]): string[] {
  return [
    ...GIT_GLOBAL_ARGUMENTS,
    'log',
    '--stdin',
    '--no-walk=unsorted',
    '-z',
    `--format=${GIT_LOG_FORMAT}`,
    '--raw',
    '--numstat',
    '--no-abbrev',
    '-M',
    '--diff-merges=first-parent',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-relative',
    '--',
    ...pathspecs,
  ];
}
