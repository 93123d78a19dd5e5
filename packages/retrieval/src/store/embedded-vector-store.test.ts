import { type EmbeddingModelV1, InvalidInputError, type StoredDocumentV1 } from '@triagekit/core';
import { SyntheticEmbeddingModelV1 } from '@triagekit/core/testing';
import { describe, expect, it } from 'vitest';
import { createEmbeddedVectorStore } from './create-embedded-vector-store.js';

const sections = (count: number, word: string) =>
  Array.from({ length: count }, (_, index) => `## Section ${index}\n\n${`${word} `.repeat(70)}`).join('\n\n');

function document(
  id: string,
  title: string,
  text: string,
  metadata: StoredDocumentV1['metadata'] = {},
): StoredDocumentV1 {
  return { id, title, text, metadata };
}

describe('embedded vector store', () => {
  it('returns one match per document, whatever its number of chunks, with the chunk that matched', async () => {
    const store = createEmbeddedVectorStore({ chunking: { maxChunkCharacters: 500 } });
    const { chunks } = await store.doUpsert({
      documents: [
        document('many', 'Replication', sections(6, 'replication')),
        document('one', 'Disk', 'disk full'),
      ],
    });
    expect(chunks).toBeGreaterThan(6);
    const result = await store.doQuery({ text: 'replication', topK: 5 });
    expect(result.matches.map((match) => match.document.id)).toEqual(['many']);
    expect(result.matches[0]?.chunk.id).toMatch(/^many#\d+$/);
    expect(result.matches[0]?.document.text).toBe(sections(6, 'replication'));
  });

  it('replaces every chunk of a document upserted again, and deletes all of them', async () => {
    const store = createEmbeddedVectorStore({ chunking: { maxChunkCharacters: 500 } });
    await store.doUpsert({
      documents: [document('runbook', 'Runbook', `${sections(5, 'alpha')}\n\n${sections(1, 'omega')}`)],
    });
    await store.doUpsert({ documents: [document('runbook', 'Runbook', 'beta only')] });
    expect(await store.count()).toEqual({ documents: 1, chunks: 1 });
    expect((await store.doQuery({ text: 'alpha', topK: 5 })).matches).toEqual([]);
    expect((await store.doQuery({ text: 'omega', topK: 5 })).matches).toEqual([]);
    expect((await store.doQuery({ text: 'beta', topK: 5 })).matches).toHaveLength(1);
    expect(await store.doDelete({ ids: ['runbook', 'runbook'] })).toEqual({ deleted: 1 });
    expect(await store.count()).toEqual({ documents: 0, chunks: 0 });
  });

  it('keeps the last of duplicate ids in one call, and copies documents so later changes do not leak in', async () => {
    const store = createEmbeddedVectorStore();
    const first = document('same', 'First', 'first text', { services: ['a'] });
    const result = await store.doUpsert({ documents: [first, document('same', 'Second', 'second text')] });
    expect(result.upserted).toBe(1);
    expect((await store.getDocument('same'))?.title).toBe('Second');
    const kept = document('kept', 'Kept', 'kept text', { services: ['a'] });
    await store.doUpsert({ documents: [kept] });
    (kept.metadata.services as string[]).push('b');
    expect((await store.getDocument('kept'))?.metadata.services).toEqual(['a']);
  });

  it('rejects invalid documents with every problem named, writing nothing', async () => {
    const store = createEmbeddedVectorStore();
    await store.doUpsert({ documents: [document('existing', 'Existing', 'text')] });
    const invalid = [
      document('ok', 'Ok', 'text'),
      document('', 'No id', 'text'),
      document('blank', 'Blank', '   '),
      {
        id: 'bad-metadata',
        title: 'Bad',
        text: 'text',
        metadata: { nested: { a: 1 } },
      } as unknown as StoredDocumentV1,
    ];
    const error = await store.doUpsert({ documents: invalid }).catch((caught: unknown) => caught);
    expect(InvalidInputError.isInstance(error)).toBe(true);
    const paths = (error as InvalidInputError).issues.map((issue) => issue.path);
    expect(paths).toEqual(['documents[1].id', 'documents[2].text', 'documents[3].metadata.nested']);
    expect(await store.count()).toEqual({ documents: 1, chunks: 1 });
  });

  it('rejects a negative or fractional topK, returns nothing for topK 0, and nothing for an empty store', async () => {
    const store = createEmbeddedVectorStore();
    expect(await store.doQuery({ text: 'disk', topK: 3 })).toEqual({ matches: [], confident: false });
    await store.doUpsert({ documents: [document('disk', 'Disk full', 'disk full')] });
    expect((await store.doQuery({ text: 'disk', topK: 0 })).matches).toEqual([]);
    for (const topK of [-1, 1.5]) {
      await expect(store.doQuery({ text: 'disk', topK })).rejects.toThrow(
        /topK: must be a non-negative integer/,
      );
    }
  });

  it('rejects invalid options when created', () => {
    expect(() => createEmbeddedVectorStore({ minimumRelevance: 2 })).toThrow(/minimumRelevance/);
    expect(() => createEmbeddedVectorStore({ storeId: 'has space' })).toThrow(/storeId/);
    expect(() => createEmbeddedVectorStore({ chunking: { maxChunkCharacters: 10 } })).toThrow(
      /maxChunkCharacters/,
    );
  });

  it('honours an aborted signal before doing anything', async () => {
    const store = createEmbeddedVectorStore();
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(
      store.doUpsert({ documents: [document('a', 'A', 'a')], abortSignal: controller.signal }),
    ).rejects.toThrow('stop');
    await expect(store.doQuery({ text: 'a', topK: 1, abortSignal: controller.signal })).rejects.toThrow(
      'stop',
    );
    expect(await store.count()).toEqual({ documents: 0, chunks: 0 });
  });

  it('reports its relevance evidence and matched terms with every match', async () => {
    const store = createEmbeddedVectorStore();
    await store.doUpsert({
      documents: [document('tls', 'TLS certificate expiring', 'The certificate expires in 10 days.')],
    });
    const [match] = (await store.doQuery({ text: 'certificate expires soon', topK: 1 })).matches;
    expect(match?.matchedTerms).toEqual(expect.arrayContaining(['certif', 'expir']));
    expect(match?.signals.titleCoverage).toBeGreaterThan(0);
    expect(match?.signals.queryCoverage).toBeGreaterThan(0);
    expect(match?.signals.lexicalScore).toBeGreaterThan(0);
    expect(match?.signals.vectorSimilarity).toBeUndefined();
  });
});

/** Maps a few words onto shared meanings, so that texts without a common word can still be similar. */
class ConceptEmbeddingModel implements EmbeddingModelV1 {
  readonly specificationVersion = 'v1' as const;
  readonly providerId = 'test';
  readonly modelId = 'concepts';
  readonly dimensions = 3;
  readonly maxEmbeddingsPerCall = 2;
  calls = 0;
  async doEmbed(options: { readonly values: readonly string[] }) {
    this.calls += 1;
    const concepts = [/oom|memory|heap/i, /disk|space|volume/i, /tls|certificate|x509/i];
    return {
      embeddings: options.values.map((value) => concepts.map((concept) => (concept.test(value) ? 1 : 0.01))),
    };
  }
}

describe('embedded vector store with an embedding model', () => {
  it('finds a document through vector similarity when it shares no word with the query', async () => {
    const model = new ConceptEmbeddingModel();
    const store = createEmbeddedVectorStore({ embeddingModel: model });
    await store.doUpsert({
      documents: [
        document('oom', 'Workers killed', 'Pods are OOMKilled when the heap outgrows the limit.'),
        document('tls', 'Handshake failures', 'The x509 certificate expired.'),
      ],
    });
    const result = await store.doQuery({ text: 'memory', topK: 2 });
    expect(result.matches[0]?.document.id).toBe('oom');
    expect(result.matches[0]?.signals.vectorSimilarity).toBeGreaterThan(0.9);
    expect(result.matches[0]?.signals.lexicalScore).toBe(0);
    expect(result.confident).toBe(true);
  });

  it('embeds in batches of maxEmbeddingsPerCall and re-embeds only changed chunks', async () => {
    const model = new ConceptEmbeddingModel();
    const store = createEmbeddedVectorStore({ embeddingModel: model });
    const documents = ['a', 'b', 'c'].map((id) => document(id, id, `disk ${id}`));
    await store.doUpsert({ documents });
    expect(model.calls).toBe(2);
    await store.doUpsert({ documents: [...documents.slice(0, 2), document('c', 'c', 'memory c')] });
    expect(model.calls).toBe(3);
  });

  it('fails without writing when the model returns vectors of the wrong length', async () => {
    const broken: EmbeddingModelV1 = {
      ...new SyntheticEmbeddingModelV1({ dimensions: 8 }),
      specificationVersion: 'v1',
      providerId: 'broken',
      modelId: 'short',
      dimensions: 8,
      maxEmbeddingsPerCall: 10,
      doEmbed: async (options) => ({ embeddings: options.values.map(() => [1, 2]) }),
    };
    const store = createEmbeddedVectorStore({ embeddingModel: broken });
    await expect(store.doUpsert({ documents: [document('a', 'A', 'disk')] })).rejects.toThrow(
      /expected 8 finite numbers/,
    );
    expect(await store.count()).toEqual({ documents: 0, chunks: 0 });
  });
});
