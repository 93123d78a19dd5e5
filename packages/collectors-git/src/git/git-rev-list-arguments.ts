import { GIT_GLOBAL_ARGUMENTS } from './git-global-arguments.js';
import type { GitHistoryMode } from './git-history-mode.js';

/**
 * The arguments of the `git rev-list` run that walks the history of `commit` (a resolved object name,
 * never a user string, so nothing can be read as an option), printing `<committer seconds> <sha>` per
 * commit, newest first. `first-parent` follows the branch's own line, merges included; `all` walks every
 * reachable commit and leaves merges out, since their changes are the merged commits'.
 */
export function createGitRevListArguments(commit: string, history: GitHistoryMode): string[] {
  return [
    ...GIT_GLOBAL_ARGUMENTS,
    'rev-list',
    '--timestamp',
    ...(history === 'first-parent' ? ['--first-parent'] : ['--no-merges']),
    commit,
  ];
}
