import { type RunGitOptions, type RunGitResult, runGit } from './run-git.js';

/** Everything a git run in one repository shares: executable, directory, environment, signal, deadline. */
export interface GitInvocation {
  readonly binary: string;
  /** The repository's resolved directory. */
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly signal: AbortSignal;
  /** When reading this repository must be done, in milliseconds since the epoch (`Date.now()` scale). */
  readonly deadline: number;
}

/**
 * Runs git in the invocation's repository with whatever time is left before its deadline (at least one
 * millisecond, so a spent budget times out at once rather than never). Settles as {@link runGit} does.
 */
export function runGitIn(
  invocation: GitInvocation,
  options: Pick<RunGitOptions, 'args' | 'input' | 'maxOutputBytes' | 'onStdout'> & {
    readonly timeoutMs?: number;
  },
): Promise<RunGitResult> {
  const remaining = Math.max(1, invocation.deadline - Date.now());
  return runGit({
    binary: invocation.binary,
    cwd: invocation.cwd,
    env: invocation.env,
    signal: invocation.signal,
    args: options.args,
    maxOutputBytes: options.maxOutputBytes,
    ...(options.onStdout ? { onStdout: options.onStdout } : {}),
    ...(options.input === undefined ? {} : { input: options.input }),
    timeoutMs: Math.min(remaining, options.timeoutMs ?? remaining),
  });
}
