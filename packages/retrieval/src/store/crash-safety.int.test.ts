import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOCUMENTS_PER_GENERATION, documentText } from '../__fixtures__/upsert-until-killed.js';
import { createEmbeddedVectorStore } from './create-embedded-vector-store.js';

const fixtures = fileURLToPath(new URL('../__fixtures__/', import.meta.url));

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-crash-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** Starts the writer and resolves with it once it has reported `commits` commits, plus that count. */
function startWriter(commits: number): Promise<{ child: ChildProcess; committed: number }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      join(fixtures, 'register-typescript-hooks.mjs'),
      join(fixtures, 'upsert-until-killed.ts'),
      directory,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let stderr = '';
    let committed = 0;
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      committed += (chunk.toString().match(/committed \d+/g) ?? []).length;
      if (committed >= commits) resolve({ child, committed });
    });
    child.on('exit', (code, signal) => {
      if (signal === null) reject(new Error(`writer exited with ${code}: ${stderr}`));
    });
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

async function generationsInStore(): Promise<number[]> {
  const store = createEmbeddedVectorStore({ directory, createIfMissing: false });
  const generations = new Set<number>();
  const { documents } = await store.count();
  expect(documents).toBe(DOCUMENTS_PER_GENERATION);
  for (let index = 0; index < DOCUMENTS_PER_GENERATION; index += 1) {
    const document = await store.getDocument(`document-${index}`);
    const generation = Number(document?.metadata.generation);
    expect(document?.text).toBe(documentText(index, generation));
    generations.add(generation);
  }
  return [...generations];
}

// Each child process compiles the store's TypeScript sources before it writes: allow for slow machines.
describe('crash safety', () => {
  it('a writer killed with SIGKILL at any moment leaves the last committed state or the next one, never a mix', async () => {
    // Kill after different numbers of commits, so the kill lands in different phases of a write.
    for (const commits of [1, 3, 6]) {
      await rm(directory, { recursive: true, force: true });
      const { child, committed } = await startWriter(commits);
      await killed(child);
      const generations = await generationsInStore();
      expect(generations).toHaveLength(1);
      // It reported `committed` commits before the kill; the one in progress may have committed too.
      expect(generations[0]).toBeGreaterThanOrEqual(committed);
      expect(generations[0]).toBeLessThanOrEqual(committed + 1);
    }
  }, 240_000);

  it('the next write after a crash removes the dead writer leftovers and commits normally', async () => {
    const { child } = await startWriter(2);
    await killed(child);
    const store = createEmbeddedVectorStore({ directory });
    const [before] = await generationsInStore();
    await store.doUpsert({
      documents: [
        { id: 'document-0', title: 'Runbook 0', text: documentText(0, 99), metadata: { generation: 99 } },
      ],
    });
    const names = await readdir(directory);
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(names.filter((name) => name.startsWith('documents-'))).toHaveLength(1);
    expect((await store.getDocument('document-0'))?.metadata.generation).toBe(99);
    expect((await store.getDocument('document-1'))?.metadata.generation).toBe(before);
  }, 120_000);
});
