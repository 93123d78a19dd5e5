import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { transpileForChildProcess } from '../__fixtures__/transpile-for-child-process.js';
import { timelineEntrySchema } from './timeline-entry.js';

let worker: { directory: string; entry: string };
beforeAll(async () => {
  worker = await transpileForChildProcess(
    fileURLToPath(new URL('../__fixtures__/append-timeline-worker.ts', import.meta.url)),
  );
}, 120_000);
afterAll(async () => {
  await rm(worker.directory, { recursive: true, force: true });
});

function runWorker(directory: string, name: string, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker.entry, directory, 'INC-CONCURRENT', name, String(count)], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${name} exited with ${code}: ${stderr}`)),
    );
  });
}

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-concurrent-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('concurrent appends from several processes', () => {
  // The generous timeout is a safety net for loaded machines; nothing here depends on timing.
  it('lose nothing and never interleave: every line is a valid entry, sequences are 1..N', {
    timeout: 180_000,
  }, async () => {
    const workers = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6'];
    const perWorker = 40;
    await Promise.all(workers.map((worker) => runWorker(directory, worker, perWorker)));
    const text = await readFile(join(directory, 'INC-CONCURRENT.jsonl'), 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.slice(0, -1).split('\n');
    expect(lines).toHaveLength(workers.length * perWorker);
    const entries = lines.map((line) => timelineEntrySchema.parse(JSON.parse(line)));
    expect(entries.map((entry) => entry.sequence).sort((a, b) => a - b)).toEqual(
      Array.from({ length: lines.length }, (_, index) => index + 1),
    );
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(lines.length);
    for (const worker of workers) {
      const texts = entries.flatMap((entry) =>
        entry.kind === 'note' && entry.author === worker ? [entry.text.split(' ')[2]] : [],
      );
      expect(texts.map(Number).sort((a, b) => a - b)).toEqual(
        Array.from({ length: perWorker }, (_, index) => index),
      );
    }
  });
});
