import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A server process started for a test, with its URL and a stop function. */
export interface RunningServer {
  readonly url: string;
  /** Last lines the process printed, for failure messages. */
  output(): string;
  /** Stops the process and removes its temporary directory. */
  stop(): Promise<void>;
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server not ready at ${url} after ${timeoutMs} ms:\n${output()}`);
}

/**
 * Writes `files` into a fresh temporary directory, starts `command` with `args(directory)` and waits until
 * `readyUrl` answers 2xx. Throws with the process's output when it exits or is not ready in time.
 */
export async function spawnServer(options: {
  readonly command: string;
  readonly args: (directory: string) => string[];
  readonly files: (directory: string) => Record<string, string>;
  readonly url: string;
  readonly readyPath: string;
  readonly timeoutMs?: number;
}): Promise<RunningServer> {
  const directory = await mkdtemp(join(tmpdir(), 'triagekit-server-'));
  for (const [name, content] of Object.entries(options.files(directory))) {
    await writeFile(join(directory, name), content);
  }
  const child = spawn(options.command, options.args(directory), { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-8000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const spawned = new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error) =>
      reject(
        new Error(
          `could not start ${options.command} (${error.message}); install it (see scripts/ensure-system-packages.sh)`,
        ),
      ),
    );
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    await rm(directory, { recursive: true, force: true });
  };
  try {
    await spawned;
    await waitUntilReady(`${options.url}${options.readyPath}`, child, () => log, options.timeoutMs ?? 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: options.url, output: () => log, stop };
}
