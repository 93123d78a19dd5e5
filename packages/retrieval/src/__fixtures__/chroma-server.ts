import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A Chroma server started for tests: `chroma run` on 127.0.0.1, a free port and a temporary data folder. */
export interface ChromaTestServer {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  /** The temporary `--path`, removed by `stop()`. */
  readonly dataPath: string;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s) and removes its data folder. Safe to call twice. */
  stop(): Promise<void>;
}

/** Options of {@link startChromaServer}. */
export interface StartChromaServerOptions {
  /** How long to wait for `/api/v2/heartbeat` to answer, in milliseconds. Default 30,000. */
  readonly startTimeoutMs?: number;
}

/** The `chroma` CLI that the chromadb package installs into this package's `node_modules/.bin`. */
export const chromaBinary = fileURLToPath(new URL('../../node_modules/.bin/chroma', import.meta.url));

/**
 * Starts a real Chroma server (`chroma run --path <temp dir> --port <free port> --host 127.0.0.1`) and waits
 * until its heartbeat answers. A port is free when the OS hands it out for a moment; if the server still
 * loses it to another process and exits, it is started again on a new port (up to three times).
 * @throws Error with the server's last output when it exits early or does not answer in time.
 */
export async function startChromaServer(options: StartChromaServerOptions = {}): Promise<ChromaTestServer> {
  if (!existsSync(chromaBinary)) {
    throw new Error(`The chroma CLI is missing at ${chromaBinary}; install the package's dependencies.`);
  }
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const dataPath = await mkdtemp(join(tmpdir(), 'triagekit-chroma-'));
    const port = await findFreePort();
    try {
      return await launch(port, dataPath, options.startTimeoutMs ?? 30_000);
    } catch (error) {
      lastError = error;
      await rm(dataPath, { recursive: true, force: true });
    }
  }
  throw lastError;
}

async function launch(port: number, dataPath: string, startTimeoutMs: number): Promise<ChromaTestServer> {
  const child = spawn(
    chromaBinary,
    ['run', '--path', dataPath, '--port', String(port), '--host', '127.0.0.1'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = once(async () => {
    await terminate(child, exited);
    await rm(dataPath, { recursive: true, force: true });
  });
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`chroma run exited (${child.exitCode ?? child.signalCode}) before serving:\n${output}`);
    }
    if (await answersHeartbeat(url)) return { url, port, dataPath, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(
    `chroma run did not answer ${url}/api/v2/heartbeat within ${startTimeoutMs} ms:\n${output}`,
  );
}

async function answersHeartbeat(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/v2/heartbeat`, { signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

async function terminate(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const forced = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, 5000);
  });
  await Promise.race([exited, forced]);
  clearTimeout(timer);
  await exited;
}

/** A port on 127.0.0.1 that was free a moment ago: bound, read, then released. */
export async function findFreePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no TCP port was assigned');
  return address.port;
}

function once(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => {
    running ??= action();
    return running;
  };
}
