/**
 * Which commits of a ref's history are read. `first-parent`: the branch's own line, merges included and
 * diffed against their first parent (everything the merge brought in), timed when they landed. `all`:
 * every reachable commit, merges skipped (their changes are the merged commits', timed when those were
 * committed).
 */
export type GitHistoryMode = 'first-parent' | 'all';
