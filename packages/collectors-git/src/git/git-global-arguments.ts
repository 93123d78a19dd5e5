/**
 * Arguments placed before every git subcommand. `--no-optional-locks` (with `GIT_OPTIONAL_LOCKS=0`) keeps
 * reads from writing; the `-c` settings override user configuration that would change what the log
 * prints: quoted paths, signature checks (which also run gpg), re-encoded messages, a file-system monitor
 * daemon, and relative or external diffs.
 */
export const GIT_GLOBAL_ARGUMENTS: readonly string[] = Object.freeze([
  '--no-pager',
  '--no-optional-locks',
  '-c',
  'core.quotepath=off',
  '-c',
  'core.fsmonitor=false',
  '-c',
  'log.showSignature=false',
  '-c',
  'i18n.logOutputEncoding=UTF-8',
  '-c',
  'diff.relative=false',
  '-c',
  'diff.renames=true',
]);
