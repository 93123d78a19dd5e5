import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidInputError, type StoredDocumentV1 } from '@triagekit/core';
import { SyntheticEmbeddingModelV1 } from '@triagekit/core/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmbeddedVectorStore } from './create-embedded-vector-store.js';

let directory: string;
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'triagekit-persist-'));
});
afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const disk: StoredDocumentV1 = {
  id: 'disk',
  title: 'Disk full',
  text: '## Meaning\n\nNo space left on device.',
  metadata: { kind: 'runbook', services: ['storage'] },
};
const tls: StoredDocumentV1 = {
  id: 'tls',
  title: 'TLS certificate expiring',
  text: 'Renew the certificate.',
  metadata: {},
};

async function dataFiles(): Promise<string[]> {
  return (await readdir(directory)).filter((name) => name !== 'manifest.json').sort();
}

function deadProcessId(): number {
  const finished = spawnSync(process.execPath, ['-e', '']);
  return finished.pid as number;
}

describe('embedded store on disk', () => {
  it('is read back by a new store object, documents and metadata intact', async () => {
    await createEmbeddedVectorStore({ directory }).doUpsert({ documents: [disk, tls] });
    const reopened = createEmbeddedVectorStore({ directory, createIfMissing: false });
    expect(await reopened.count()).toEqual({ documents: 2, chunks: 2 });
    expect(await reopened.getDocument('disk')).toEqual(disk);
    const result = await reopened.doQuery({ text: 'no space left on device', topK: 1 });
    expect(result.matches[0]?.document.id).toBe('disk');
  });

  it('sees what another store object committed since it last read', async () => {
    const reader = createEmbeddedVectorStore({ directory });
    const writer = createEmbeddedVectorStore({ directory });
    await writer.doUpsert({ documents: [disk] });
    expect((await reader.doQuery({ text: 'certificate', topK: 1 })).matches).toEqual([]);
    await writer.doUpsert({ documents: [tls] });
    expect((await reader.doQuery({ text: 'certificate', topK: 1 })).matches[0]?.document.id).toBe('tls');
    await reader.doDelete({ ids: ['disk'] });
    expect(await writer.getDocument('disk')).toBeUndefined();
  });

  it('keeps only the manifest and the committed data files after many writes', async () => {
    const store = createEmbeddedVectorStore({ directory, embeddingModel: new SyntheticEmbeddingModelV1() });
    for (let round = 0; round < 4; round += 1) {
      await store.doUpsert({ documents: [{ ...disk, text: `${disk.text} Round ${round}.` }] });
    }
    const files = await dataFiles();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^documents-00000004-[0-9a-f]+\.json$/);
    expect(files[1]).toMatch(/^vectors-00000004-[0-9a-f]+\.f32$/);
    const manifest = JSON.parse(await readFile(join(directory, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      format: 'triagekit-embedded-store',
      formatVersion: 1,
      generation: 4,
      documentCount: 1,
    });
  });

  it('ignores what crashed writers left, and removes it with the next write', async () => {
    const store = createEmbeddedVectorStore({ directory });
    await store.doUpsert({ documents: [disk] });
    const dead = deadProcessId();
    await writeFile(join(directory, `documents-00000002-0badc0de.json.${dead}.1a2b3c4d.tmp`), '{"truncat');
    await writeFile(join(directory, `manifest.json.${dead}.5e6f7a8b.tmp`), '{');
    await writeFile(
      join(directory, 'documents-00000001-deadbeef.json'),
      'an uncommitted file of the same generation',
    );
    const live = `documents-00000002-cafe0001.json.${process.pid}.00000001.tmp`;
    await writeFile(join(directory, live), 'a write in progress in a live process');
    const reader = createEmbeddedVectorStore({ directory, createIfMissing: false });
    expect(await reader.getDocument('disk')).toEqual(disk);
    await reader.doUpsert({ documents: [tls] });
    const files = await dataFiles();
    expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([live]);
    expect(files.filter((name) => !name.endsWith('.tmp'))).toEqual([
      expect.stringMatching(/^documents-00000002-/),
    ]);
    expect(await createEmbeddedVectorStore({ directory }).count()).toEqual({ documents: 2, chunks: 2 });
  });

  it('refuses a damaged data file, naming it, instead of returning partial results', async () => {
    await createEmbeddedVectorStore({ directory }).doUpsert({ documents: [disk, tls] });
    const [documentsFile] = await dataFiles();
    const path = join(directory, documentsFile as string);
    await writeFile(path, (await readFile(path, 'utf8')).replace('No space', 'No spice'));
    const error = await createEmbeddedVectorStore({ directory })
      .doQuery({ text: 'disk', topK: 1 })
      .catch((caught: unknown) => caught);
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain(
      `${documentsFile}: does not match its checksum in manifest.json`,
    );
  });

  it('refuses a manifest of another format or version', async () => {
    await writeFile(
      join(directory, 'manifest.json'),
      JSON.stringify({ format: 'triagekit-embedded-store', formatVersion: 9 }),
    );
    await expect(createEmbeddedVectorStore({ directory }).count()).rejects.toThrow(
      /this version reads format 1/,
    );
    await writeFile(join(directory, 'manifest.json'), '{"format": "something else"}');
    await expect(createEmbeddedVectorStore({ directory }).count()).rejects.toThrow(
      /expected "triagekit-embedded-store"/,
    );
  });

  it('starts empty in a new directory, or says to run triagekit index when it must exist', async () => {
    const missing = join(directory, 'not-there');
    expect(await createEmbeddedVectorStore({ directory: missing }).count()).toEqual({
      documents: 0,
      chunks: 0,
    });
    const error = await createEmbeddedVectorStore({ directory: missing, createIfMissing: false })
      .doQuery({ text: 'disk', topK: 1 })
      .catch((caught: unknown) => caught);
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('Run `triagekit index');
  });

  it('leaves the committed state in place when aborted before the commit', async () => {
    const store = createEmbeddedVectorStore({ directory });
    await store.doUpsert({ documents: [disk] });
    const before = await dataFiles();
    const controller = new AbortController();
    const model = new SyntheticEmbeddingModelV1();
    const aborting = createEmbeddedVectorStore({
      directory,
      embeddingModel: {
        ...model,
        specificationVersion: 'v1',
        providerId: model.providerId,
        modelId: model.modelId,
        dimensions: model.dimensions,
        maxEmbeddingsPerCall: model.maxEmbeddingsPerCall,
        doEmbed: async (options) => {
          const result = await model.doEmbed(options);
          controller.abort(new Error('cancelled by the user'));
          return result;
        },
      },
    });
    await expect(aborting.doUpsert({ documents: [tls], abortSignal: controller.signal })).rejects.toThrow(
      'cancelled by the user',
    );
    expect(await dataFiles()).toEqual(before);
    expect(await createEmbeddedVectorStore({ directory }).count()).toEqual({ documents: 1, chunks: 1 });
  });

  it('keeps vectors across reopening, and warns when queried with a different model', async () => {
    const model = new SyntheticEmbeddingModelV1();
    await createEmbeddedVectorStore({ directory, embeddingModel: model }).doUpsert({
      documents: [disk, tls],
    });
    const callsAfterUpsert = model.calls.length;
    const reopened = createEmbeddedVectorStore({ directory, embeddingModel: model });
    const result = await reopened.doQuery({ text: 'disk space', topK: 1 });
    expect(result.matches[0]?.signals.vectorSimilarity).toBeGreaterThan(0);
    expect(model.calls.length).toBe(callsAfterUpsert + 1);
    const otherModel = new SyntheticEmbeddingModelV1({ modelId: 'other' });
    const other = createEmbeddedVectorStore({ directory, embeddingModel: otherModel });
    const warned = await other.doQuery({ text: 'disk space', topK: 1 });
    expect(warned.warnings?.[0]).toContain('Vector ranking skipped');
    expect(warned.matches[0]?.document.id).toBe('disk');
    // Upserting one document with the new model embeds every document again, the others included.
    await other.doUpsert({ documents: [disk] });
    const embeddedTexts = otherModel.calls.flatMap((call) => call.values);
    expect(embeddedTexts.some((value) => value.includes('Renew the certificate'))).toBe(true);
    const renewed = await other.doQuery({ text: 'certificate', topK: 1 });
    expect(renewed.warnings).toBeUndefined();
    expect(renewed.matches[0]?.signals.vectorSimilarity).toBeGreaterThan(0);
  });
});
