import { GIT_GLOBAL_ARGUMENTS } from './git-global-arguments.js';
import { type GitInvocation, runGitIn } from './git-invocation.js';
import { summarizeGitStderr } from './summarize-git-stderr.js';

/** The commit a ref names, or why there is none. */
export type CommitResolution = { readonly sha: string } | { readonly problem: string };

/**
 * Resolves `ref` to a commit with `git rev-parse --verify --quiet <ref>^{commit}` (a pure read), telling a
 * directory that is no repository (git exits with 128) from a ref that names no commit (exit 1).
 * Rejects only when git cannot be started or the signal aborts.
 */
export async function resolveCommit(invocation: GitInvocation, ref: string): Promise<CommitResolution> {
  const result = await runGitIn(invocation, {
    args: [
      ...GIT_GLOBAL_ARGUMENTS,
      'rev-parse',
      '--verify',
      '--quiet',
      '--end-of-options',
      `${ref}^{commit}`,
    ],
    maxOutputBytes: 4096,
  });
  const sha = result.stdout.toString('utf8').trim();
  if (result.outcome === 'timed-out') {
    return {
      problem: 'git rev-parse did not answer in time; raise timeoutMs or check the disk the clone is on',
    };
  }
  if (result.exitCode === 0 && /^[0-9a-f]{40,64}$/.test(sha)) return { sha };
  if (result.exitCode === 1) {
    return {
      problem:
        ref === 'HEAD'
          ? 'HEAD names no commit (an empty repository has none yet); commit first or set ref'
          : `ref "${ref}" names no commit in this repository; check the ref (\`git branch --all\` and \`git tag\` list them)`,
    };
  }
  const message = summarizeGitStderr(result.stderr);
  if (/not a git repository/i.test(message)) {
    return {
      problem: `is not a git repository (git: ${message}); point path at a clone's top directory (the one holding .git) or at a bare repository`,
    };
  }
  return { problem: `git rev-parse failed (exit code ${String(result.exitCode)}): ${message}` };
}
