import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeVectorStoreV1Conformance, SyntheticEmbeddingModelV1 } from '@triagekit/core/testing';
import { afterAll } from 'vitest';
import { createEmbeddedVectorStore } from './create-embedded-vector-store.js';

const directories: string[] = [];
afterAll(async () => {
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
});

async function freshDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'triagekit-embedded-'));
  directories.push(directory);
  return directory;
}

describeVectorStoreV1Conformance({
  name: 'embedded store in memory',
  create: () => createEmbeddedVectorStore(),
});

describeVectorStoreV1Conformance({
  name: 'embedded store on disk',
  create: async () => createEmbeddedVectorStore({ directory: await freshDirectory() }),
});

describeVectorStoreV1Conformance({
  name: 'embedded store on disk with an embedding model',
  create: async () =>
    createEmbeddedVectorStore({
      directory: await freshDirectory(),
      embeddingModel: new SyntheticEmbeddingModelV1(),
    }),
});
