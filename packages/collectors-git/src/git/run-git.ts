import { spawn } from 'node:child_process';

/** How a git run ended. `stopped`: the reader had enough and ended it early. */
export type GitRunOutcome = 'exited' | 'stopped' | 'timed-out' | 'output-capped';

/** Options of {@link runGit}. */
export interface RunGitOptions {
  /** The git executable: a name looked up on `PATH`, or a path. */
  readonly binary: string;
  /** Arguments, passed as an array: no shell ever parses them. */
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Aborting it terminates git; the promise then rejects with the signal's reason once git has exited. */
  readonly signal: AbortSignal;
  /** Time limit in milliseconds; past it git is terminated and the outcome is `timed-out`. */
  readonly timeoutMs: number;
  /** Written to git's standard input, which is then closed. Default: no input. */
  readonly input?: string;
  /**
   * Most bytes of standard output accepted: the reader gets exactly this many, then git is terminated and the
   * outcome is `output-capped`.
   */
  readonly maxOutputBytes: number;
  /**
   * Receives standard output as it arrives (then `stdout` stays empty). Returning `false` ends the run early
   * (outcome `stopped`). A throw terminates git and rejects the promise with that error.
   */
  readonly onStdout?: (chunk: Buffer) => boolean | undefined;
}

/** What a finished git run left behind. */
export interface RunGitResult {
  readonly outcome: GitRunOutcome;
  /** The exit code, or `null` when git was terminated by a signal. */
  readonly exitCode: number | null;
  /** Standard output, when no `onStdout` reader was given. */
  readonly stdout: Buffer;
  /** Standard error, first 64 KiB, decoded as UTF-8. */
  readonly stderr: string;
}

const MAX_STDERR_BYTES = 65_536;
// Git removes its lock files on SIGTERM; SIGKILL only for a process that ignores it.
const KILL_GRACE_MS = 2000;

/**
 * Runs git once, without a shell, and settles only after the process has exited, so no git process
 * outlives the call: on abort, timeout, output cap or early stop it is sent SIGTERM (SIGKILL two seconds
 * later if still alive). Rejects with the spawn error when git cannot be started (`ENOENT`: not
 * installed, `EACCES`: not executable), with the abort reason on abort; resolves otherwise, whatever the
 * exit code.
 */
export function runGit(options: RunGitOptions): Promise<RunGitResult> {
  const { signal } = options;
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const child = spawn(options.binary, [...options.args], {
      cwd: options.cwd,
      env: options.env,
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    if (child.stdin) {
      // Git may exit (or be stopped) before reading all of its input: a broken pipe is expected then.
      child.stdin.on('error', () => {});
      child.stdin.end(options.input);
    }
    let outcome: GitRunOutcome | 'aborted' | 'failed' = 'exited';
    let failure: unknown;
    let killTimer: NodeJS.Timeout | undefined;
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let stdoutBytes = 0;
    let stderrBytes = 0;

    const terminate = (why: typeof outcome) => {
      if (outcome !== 'exited') return;
      outcome = why;
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS);
      killTimer.unref();
    };
    const timer = setTimeout(() => terminate('timed-out'), options.timeoutMs);
    const onAbort = () => terminate('aborted');
    signal.addEventListener('abort', onAbort, { once: true });

    const deliver = (chunk: Buffer) => {
      if (!options.onStdout) {
        stdout.push(chunk);
        return;
      }
      try {
        if (options.onStdout(chunk) === false) terminate('stopped');
      } catch (error) {
        failure = error;
        terminate('failed');
      }
    };
    child.stdout?.on('data', (chunk: Buffer) => {
      if (outcome !== 'exited') return;
      const allowed = options.maxOutputBytes - stdoutBytes;
      stdoutBytes += chunk.length;
      if (chunk.length <= allowed) {
        deliver(chunk);
        return;
      }
      // Exactly up to the cap, so the reader keeps every record that fits.
      if (allowed > 0) deliver(chunk.subarray(0, allowed));
      terminate('output-capped');
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderrBytes < MAX_STDERR_BYTES) stderr.push(chunk.subarray(0, MAX_STDERR_BYTES - stderrBytes));
      stderrBytes += chunk.length;
    });
    child.on('error', (error) => {
      failure = error;
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      clearTimeout(killTimer);
      signal.removeEventListener('abort', onAbort);
      if (outcome === 'aborted') reject(signal.reason);
      else if (outcome === 'failed' || failure !== undefined) reject(failure);
      else
        resolve({
          outcome,
          exitCode,
          stdout: Buffer.concat(stdout),
          stderr: Buffer.concat(stderr).toString('utf8'),
        });
    });
  });
}
