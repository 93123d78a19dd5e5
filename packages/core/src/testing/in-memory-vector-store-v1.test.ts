import { describe, expect, it } from 'vitest';
import type { StoredDocumentV1 } from '../spec/vector-store-v1.js';
import { createSampleRunbookDocuments } from './fixtures/sample-runbook-documents.js';
import { InMemoryVectorStoreV1 } from './in-memory-vector-store-v1.js';
import { SyntheticEmbeddingModelV1 } from './synthetic-embedding-model-v1.js';

function document(id: string, text: string, metadata: StoredDocumentV1['metadata'] = {}): StoredDocumentV1 {
  return { id, title: id, text, metadata };
}

async function storeWithSamples(
  options: ConstructorParameters<typeof InMemoryVectorStoreV1>[0] = {},
): Promise<InMemoryVectorStoreV1> {
  const store = new InMemoryVectorStoreV1(options);
  await store.doUpsert({ documents: createSampleRunbookDocuments() });
  return store;
}

describe('InMemoryVectorStoreV1', () => {
  it('defaults its id and threshold and starts empty', () => {
    const store = new InMemoryVectorStoreV1();
    expect(store.storeId).toBe('in-memory');
    expect(store.minimumRelevance).toBe(0.3);
    expect(store.size).toBe(0);
  });

  it('ranks lexically without an embedding model', async () => {
    const store = await storeWithSamples();
    const result = await store.doQuery({ text: 'TLS certificate expires', topK: 3 });
    expect(result.matches[0]?.document.id).toBe('runbook-certificate-expiry');
    expect(result.confident).toBe(true);
    for (const match of result.matches) expect(match.relevance).toBe(Math.min(1, Math.max(0, match.score)));
  });

  it('gives an identical text relevance 1', async () => {
    const store = new InMemoryVectorStoreV1();
    await store.doUpsert({ documents: [document('a', 'disk full'), document('b', 'dns lookups failing')] });
    const [best] = (await store.doQuery({ text: 'a disk full', topK: 1 })).matches;
    expect(best?.relevance).toBeCloseTo(1, 10);
  });

  it('ranks by embedding similarity with a model, embedding in batches it accepts', async () => {
    const model = new SyntheticEmbeddingModelV1({ maxEmbeddingsPerCall: 4 });
    const store = await storeWithSamples({ embeddingModel: model });
    expect(model.calls.map((call) => call.values.length)).toEqual([4, 2]);
    const result = await store.doQuery({ text: 'pod keeps crashing and restarting', topK: 2 });
    expect(result.matches[0]?.document.id).toBe('runbook-crashloop');
    expect(model.calls.at(-1)?.values).toEqual(['pod keeps crashing and restarting']);
  });

  it('replaces a document upserted under an existing id', async () => {
    const store = new InMemoryVectorStoreV1();
    await store.doUpsert({ documents: [document('a', 'old words')] });
    expect(
      await store.doUpsert({ documents: [document('a', 'new words'), document('a', 'newest words')] }),
    ).toEqual({ upserted: 1 });
    expect(store.size).toBe(1);
    const result = await store.doQuery({ text: 'words', topK: 5 });
    expect(result.matches.map((match) => match.document.text)).toEqual(['newest words']);
  });

  it('keeps its own copies of documents', async () => {
    const store = new InMemoryVectorStoreV1();
    const original = { id: 'a', title: 'a', text: 'disk full', metadata: { services: ['payments'] } };
    await store.doUpsert({ documents: [original] });
    original.text = 'changed';
    original.metadata.services.push('checkout');
    const [match] = (await store.doQuery({ text: 'disk', topK: 1 })).matches;
    expect(match?.document).toEqual({
      id: 'a',
      title: 'a',
      text: 'disk full',
      metadata: { services: ['payments'] },
    });
  });

  it('deletes by id and counts only documents that existed', async () => {
    const store = await storeWithSamples();
    expect(await store.doDelete({ ids: ['runbook-crashloop', 'runbook-crashloop', 'missing'] })).toEqual({
      deleted: 1,
    });
    expect(store.size).toBe(5);
    expect(await store.doDelete({ ids: ['runbook-crashloop'] })).toEqual({ deleted: 0 });
  });

  it('respects topK and breaks ties by id', async () => {
    const store = new InMemoryVectorStoreV1();
    await store.doUpsert({
      documents: [document('c', 'disk full'), document('a', 'disk full'), document('b', 'disk full')],
    });
    const result = await store.doQuery({ text: 'disk full', topK: 2 });
    expect(result.matches.map((match) => match.document.id)).toEqual(['a', 'b']);
    expect((await store.doQuery({ text: 'disk full', topK: 0 })).matches).toEqual([]);
  });

  it('refuses a topK that is not a non-negative integer', async () => {
    const store = new InMemoryVectorStoreV1();
    await expect(store.doQuery({ text: 'x', topK: -1 })).rejects.toThrow(RangeError);
    await expect(store.doQuery({ text: 'x', topK: 1.5 })).rejects.toThrow(RangeError);
  });

  it('leaves out documents with nothing in common with the query', async () => {
    const store = await storeWithSamples();
    const result = await store.doQuery({ text: 'certificate', topK: 10 });
    expect(result.matches.map((match) => match.document.id)).toEqual(['runbook-certificate-expiry']);
  });

  it('filters by equality on scalars and membership on arrays, all keys matching', async () => {
    const store = new InMemoryVectorStoreV1();
    await store.doUpsert({
      documents: [
        document('a', 'outage', {
          kind: 'runbook',
          services: ['payments', 'checkout'],
          priority: 1,
          paged: true,
        }),
        document('b', 'outage', { kind: 'post-mortem', services: ['payments'], priority: 2, paged: false }),
        document('c', 'outage', { kind: 'runbook', services: ['ingress'], priority: 1 }),
      ],
    });
    const ids = async (filter: Record<string, string | number | boolean>): Promise<string[]> =>
      (await store.doQuery({ text: 'outage', topK: 10, filter })).matches.map((match) => match.document.id);
    expect(await ids({ kind: 'runbook' })).toEqual(['a', 'c']);
    expect(await ids({ services: 'payments' })).toEqual(['a', 'b']);
    expect(await ids({ kind: 'runbook', services: 'payments' })).toEqual(['a']);
    expect(await ids({ priority: 1 })).toEqual(['a', 'c']);
    expect(await ids({ paged: false })).toEqual(['b']);
    expect(await ids({ priority: '1' })).toEqual([]);
    expect(await ids({ missing: 'x' })).toEqual([]);
    expect(await ids({ constructor: 'x' })).toEqual([]);
    expect(await ids({})).toEqual(['a', 'b', 'c']);
  });

  it('is confident only when the best relevance reaches minimumRelevance', async () => {
    const store = await storeWithSamples({ minimumRelevance: 0.99 });
    expect((await store.doQuery({ text: 'disk full node', topK: 3 })).confident).toBe(false);
    const lenient = await storeWithSamples({ minimumRelevance: 0 });
    expect((await lenient.doQuery({ text: 'zqxv wlorp', topK: 3 })).confident).toBe(false);
    expect((await lenient.doQuery({ text: 'disk', topK: 3 })).confident).toBe(true);
  });

  it('is not confident about gibberish, with or without a model', async () => {
    const embeddingModel = new SyntheticEmbeddingModelV1({ dimensions: 256 });
    for (const store of [await storeWithSamples(), await storeWithSamples({ embeddingModel })]) {
      const result = await store.doQuery({ text: 'zqxv wlorp fnagh', topK: 3 });
      expect(result.confident).toBe(false);
    }
  });

  it('rejects minimumRelevance outside [0, 1]', () => {
    expect(() => new InMemoryVectorStoreV1({ minimumRelevance: 1.5 })).toThrow(RangeError);
    expect(() => new InMemoryVectorStoreV1({ minimumRelevance: Number.NaN })).toThrow(RangeError);
  });

  it('rejects when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    const store = new InMemoryVectorStoreV1();
    await expect(store.doQuery({ text: 'x', topK: 1, abortSignal: controller.signal })).rejects.toThrow(
      'stop',
    );
    await expect(store.doUpsert({ documents: [], abortSignal: controller.signal })).rejects.toThrow('stop');
  });
});
