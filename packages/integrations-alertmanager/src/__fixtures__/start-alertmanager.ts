import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** A real Alertmanager process listening on 127.0.0.1. */
export interface RunningAlertmanager {
  readonly url: string;
  /** Posts alerts to its v2 API, as Prometheus would. */
  postAlerts(alerts: readonly Record<string, unknown>[]): Promise<void>;
  /** Its own view of the alerts it holds (`GET /api/v2/alerts`). */
  listAlerts(): Promise<{ fingerprint: string; labels: Record<string, string> }[]>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`Alertmanager exited (${child.exitCode}):\n${output()}`);
    const ready = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(1000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await delay(100);
  }
  throw new Error(`Alertmanager not ready at ${url}:\n${output()}`);
}

/**
 * Starts the distribution's Alertmanager binary (`prometheus-alertmanager`, or `TRIAGEKIT_ALERTMANAGER_BIN`)
 * with `config` (YAML) in a fresh temporary directory, without clustering, and waits until it is ready.
 * Installed by scripts/ensure-system-packages.sh.
 */
export async function startAlertmanager(config: string): Promise<RunningAlertmanager> {
  const directory = await mkdtemp(join(tmpdir(), 'triagekit-alertmanager-'));
  await writeFile(join(directory, 'alertmanager.yml'), config);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const binary = process.env.TRIAGEKIT_ALERTMANAGER_BIN ?? 'prometheus-alertmanager';
  const child = spawn(
    binary,
    [
      `--config.file=${join(directory, 'alertmanager.yml')}`,
      `--storage.path=${join(directory, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--cluster.listen-address=',
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const append = (chunk: Buffer) => {
    log = `${log}${chunk.toString('utf8')}`.slice(-8000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(directory, { recursive: true, force: true });
  };
  try {
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', (error) =>
        reject(
          new Error(`could not start ${binary} (${error.message}); see scripts/ensure-system-packages.sh`),
        ),
      );
    });
    await waitUntilReady(url, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    async postAlerts(alerts) {
      const response = await fetch(`${url}/api/v2/alerts`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(alerts),
      });
      if (!response.ok)
        throw new Error(`POST /api/v2/alerts: HTTP ${response.status} ${await response.text()}`);
    },
    async listAlerts() {
      const response = await fetch(
        `${url}/api/v2/alerts?active=true&silenced=true&inhibited=true&unprocessed=true`,
      );
      return (await response.json()) as { fingerprint: string; labels: Record<string, string> }[];
    },
    stop,
  };
}
