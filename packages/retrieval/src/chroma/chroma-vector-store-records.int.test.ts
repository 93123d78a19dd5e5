import { InvalidInputError, type StoredDocumentV1 } from '@triagekit/core';
import { createSampleRunbookDocuments, SyntheticEmbeddingModelV1 } from '@triagekit/core/testing';
import { describe, expect, it } from 'vitest';
import type { ChromaRecordingProxy } from './__fixtures__/chroma-recording-proxy.js';
import { useChromaTestServer } from './__fixtures__/use-chroma-test-server.js';
import type { ChromaVectorStoreOptions } from './chroma-vector-store-options.js';

const chroma = useChromaTestServer('records');

async function recordedStore(options: Partial<ChromaVectorStoreOptions> = {}) {
  const proxy = await chroma.startProxy();
  return { store: chroma.createStore({ url: proxy.url, ...options }), proxy };
}

function upsertedIds(recorder: ChromaRecordingProxy): string[][] {
  return recorder.requestsTo('/upsert').map((request) => (request.body as { ids: string[] }).ids);
}

describe('records in a Chroma store', () => {
  it('round-trips title, text and metadata, arrays included', async () => {
    const store = chroma.createStore();
    const original: StoredDocumentV1 = {
      id: 'runbook/disk-full#chunk-2',
      title: 'Disk full | node — “quotes”',
      text: 'No space left on device: delete rotated archives, then expand the volume. ✓',
      metadata: {
        kind: 'runbook',
        services: ['storage', 'payments|api', 'a=b', ''],
        alerts: [],
        priority: 2,
        ratio: 0.25,
        paged: false,
        url: 'https://runbooks.example.com/disk-full',
      },
    };
    await store.doUpsert({ documents: [original] });
    const result = await store.doQuery({ text: 'no space left on device expand the volume', topK: 1 });
    expect(result.matches[0]?.document).toEqual(original);
    expect(result.warnings).toBeUndefined();
  });
  it('stores arrays as a JSON @list key plus one @has key per value, as documented', async () => {
    const store = chroma.createStore();
    await store.doUpsert({
      documents: [
        { id: 'a', title: 'T', text: 'x', metadata: { kind: 'runbook', services: ['payments', 'ingress'] } },
      ],
    });
    const collection = await chroma.inspector().getCollection({ name: store.collectionName });
    const stored = await collection.get({ ids: ['a'] });
    expect(stored.documents).toEqual(['x']);
    expect(stored.metadatas[0]).toEqual({
      '@title': 'T',
      kind: 'runbook',
      '@list:services': '["payments","ingress"]',
      '@has:services=payments': true,
      '@has:services=ingress': true,
    });
  });
  it('replaces on upsert: removed keys and array values stop matching, and only stale records are deleted', async () => {
    const { store, proxy: recorder } = await recordedStore();
    const first: StoredDocumentV1 = {
      id: 'doc',
      title: 'Latency',
      text: 'p99 latency high',
      metadata: { team: 'payments', services: ['checkout', 'payments'] },
    };
    const other: StoredDocumentV1 = {
      id: 'other',
      title: 'Other',
      text: 'latency budget',
      metadata: { team: 'x' },
    };
    await store.doUpsert({ documents: [first, other] });
    const replaced: StoredDocumentV1 = {
      id: 'doc',
      title: 'Latency',
      text: 'p99 latency high again',
      metadata: { services: ['checkout'] },
    };
    const { upserted } = await store.doUpsert({ documents: [replaced, other] });
    expect(upserted).toBe(2);
    expect(recorder.requestsTo('/delete').map((request) => request.body)).toEqual([{ ids: ['doc'] }]);
    const goneFilters: Record<string, string>[] = [{ services: 'payments' }, { team: 'payments' }];
    for (const filter of goneFilters) {
      const result = await store.doQuery({ text: 'latency', topK: 5, filter });
      expect(result.matches.map((match) => match.document.id)).toEqual([]);
    }
    const result = await store.doQuery({ text: 'latency', topK: 5, filter: { services: 'checkout' } });
    expect(result.matches.map((match) => match.document)).toEqual([replaced]);
    const stored = await (await chroma.inspector().getCollection({ name: store.collectionName })).get({
      ids: ['doc'],
    });
    expect(Object.keys(stored.metadatas[0] ?? {}).sort()).toEqual([
      '@has:services=checkout',
      '@list:services',
      '@title',
    ]);
  });
  it('keeps the later of duplicate ids in one upsert and counts distinct ids', async () => {
    const store = chroma.createStore();
    const { upserted } = await store.doUpsert({
      documents: [
        { id: 'dup', title: 'Old', text: 'certificate expiry', metadata: {} },
        { id: 'dup', title: 'New', text: 'certificate renewal', metadata: {} },
      ],
    });
    expect(upserted).toBe(1);
    const result = await store.doQuery({ text: 'certificate', topK: 5 });
    expect(result.matches.map((match) => match.document.title)).toEqual(['New']);
  });
  it('filters on scalar equality, array membership, numbers, booleans and awkward keys', async () => {
    const store = chroma.createStore();
    const documents: StoredDocumentV1[] = [
      {
        id: 'a',
        title: 'A',
        text: 'disk pressure',
        metadata: { kind: 'runbook', services: ['storage'], priority: 1, paged: true, 'x=y': ['p|q'] },
      },
      {
        id: 'b',
        title: 'B',
        text: 'disk quota',
        metadata: { kind: 'post-mortem', services: 'storage', priority: 2, paged: false },
      },
      {
        id: 'c',
        title: 'C',
        text: 'disk latency',
        metadata: { kind: 'runbook', services: ['payments', 'storage'], tags: ['1'] },
      },
    ];
    await store.doUpsert({ documents });
    const ids = async (filter: Record<string, string | number | boolean>) =>
      (await store.doQuery({ text: 'disk', topK: 10, filter })).matches
        .map((match) => match.document.id)
        .sort();
    expect(await ids({ kind: 'runbook' })).toEqual(['a', 'c']);
    expect(await ids({ services: 'storage' })).toEqual(['a', 'b', 'c']);
    expect(await ids({ services: 'payments' })).toEqual(['c']);
    expect(await ids({ kind: 'runbook', services: 'payments' })).toEqual(['c']);
    expect(await ids({ priority: 2 })).toEqual(['b']);
    expect(await ids({ paged: true })).toEqual(['a']);
    expect(await ids({ 'x=y': 'p|q' })).toEqual(['a']);
    // Arrays hold strings: the number 1 is not a member of ['1'].
    expect(await ids({ tags: 1 })).toEqual([]);
    expect(await ids({ kind: 'nothing' })).toEqual([]);
  });
  it('embeds in calls of maxEmbeddingsPerCall and writes in batches of batchSize', async () => {
    const model = new SyntheticEmbeddingModelV1({ maxEmbeddingsPerCall: 3 });
    const { store, proxy: recorder } = await recordedStore({ embeddingModel: model, batchSize: 4 });
    const documents = Array.from({ length: 10 }, (_, index) => ({
      id: `chunk-${index}`,
      title: `Runbook ${index}`,
      text: `step ${index}: restart the ingester pod number${index}`,
      metadata: { index },
    }));
    await expect(store.doUpsert({ documents })).resolves.toEqual({ upserted: 10 });
    expect(model.calls.map((call) => call.values.length)).toEqual([3, 3, 3, 1]);
    expect(upsertedIds(recorder)).toEqual([
      ['chunk-0', 'chunk-1', 'chunk-2', 'chunk-3'],
      ['chunk-4', 'chunk-5', 'chunk-6', 'chunk-7'],
      ['chunk-8', 'chunk-9'],
    ]);
    const result = await store.doQuery({ text: 'restart the ingester pod number9', topK: 3 });
    expect(result.matches[0]?.document.id).toBe('chunk-9');
    const deleteRequestsBefore = recorder.requestsTo('/delete').length;
    await expect(store.doDelete({ ids: documents.map((document) => document.id) })).resolves.toEqual({
      deleted: 10,
    });
    expect(recorder.requestsTo('/delete').length - deleteRequestsBefore).toBe(3);
  });
  it('lowers the batch size to the server’s max_batch_size', async () => {
    const proxy = await chroma.startProxy((request) =>
      request.path === '/api/v2/pre-flight-checks'
        ? { status: 200, body: JSON.stringify({ max_batch_size: 3, supports_base64_encoding: true }) }
        : 'forward',
    );
    const store = chroma.createStore({ url: proxy.url, batchSize: 100 });
    const documents = createSampleRunbookDocuments().concat({
      id: 'seventh',
      title: 'S',
      text: 'dns',
      metadata: {},
    });
    await store.doUpsert({ documents });
    expect(upsertedIds(proxy).map((ids) => ids.length)).toEqual([3, 3, 1]);
  });
  it('deletes only what exists, ignoring unknown, empty and repeated ids', async () => {
    const store = chroma.createStore();
    await store.doUpsert({ documents: createSampleRunbookDocuments() });
    await expect(
      store.doDelete({ ids: ['runbook-crashloop', 'runbook-crashloop', '', 'missing', 'post-mortem-dns'] }),
    ).resolves.toEqual({ deleted: 2 });
    const collection = await chroma.inspector().getCollection({ name: store.collectionName });
    expect(await collection.count()).toBe(4);
  });
  it('stores huge and empty documents', async () => {
    const store = chroma.createStore();
    const words = ['kafka', 'consumer', 'lag', 'rebalance', 'partition', 'offset', 'broker', 'replica'];
    const huge = Array.from({ length: 300_000 }, (_, index) => words[index % words.length]).join(' ');
    const empty: StoredDocumentV1 = { id: 'empty', title: '', text: '', metadata: {} };
    await expect(
      store.doUpsert({ documents: [{ id: 'huge', title: 'Kafka lag', text: huge, metadata: {} }, empty] }),
    ).resolves.toEqual({ upserted: 2 });
    const result = await store.doQuery({ text: 'kafka consumer lag rebalance', topK: 5 });
    expect(result.matches.map((match) => match.document.id)).toEqual(['huge']);
    expect(result.matches[0]?.document.text).toHaveLength(huge.length);
    // The empty text embeds to the zero vector: it is stored, but it has no similarity to anything.
    await expect(store.doDelete({ ids: ['empty'] })).resolves.toEqual({ deleted: 1 });
  });
  it('rejects invalid documents whole: nothing is embedded or written', async () => {
    const model = new SyntheticEmbeddingModelV1();
    const { store, proxy: recorder } = await recordedStore({ embeddingModel: model });
    const error = await store
      .doUpsert({
        documents: [
          { id: 'ok', title: 'Fine', text: 'fine', metadata: {} },
          {
            id: 'bad',
            title: 'Bad',
            text: 'bad',
            metadata: { '@title': 'clash', nested: { a: 1 } as unknown as string },
          },
        ],
      })
      .catch((caught: unknown) => caught);
    expect(InvalidInputError.isInstance(error)).toBe(true);
    expect((error as InvalidInputError).issues.map((issue) => issue.path)).toEqual([
      'documents[1].metadata["@title"]',
      'documents[1].metadata["nested"]',
    ]);
    expect(model.calls).toEqual([]);
    expect(recorder.requests).toEqual([]);
  });
});
