import { InvalidInputError } from '@triagekit/core';
import {
  createSampleRunbookDocuments,
  describeVectorStoreV1Conformance,
  SyntheticEmbeddingModelV1,
} from '@triagekit/core/testing';
import { AdminClient, ChromaClient } from 'chromadb';
import { describe, expect, it } from 'vitest';
import { useChromaTestServer } from './__fixtures__/use-chroma-test-server.js';

const chroma = useChromaTestServer('store');

describeVectorStoreV1Conformance({ name: 'Chroma store (url)', create: () => chroma.createStore() });

describeVectorStoreV1Conformance({
  name: 'Chroma store (supplied client)',
  create: () => chroma.createStore({ url: undefined, client: chroma.inspector() }),
});

describe('the Chroma collection behind createChromaVectorStore', () => {
  it('creates a cosine collection with no embedding function and the model in its metadata', async () => {
    const store = chroma.createStore({
      collection: 'created',
      embeddingModel: new SyntheticEmbeddingModelV1({ dimensions: 64 }),
    });
    await store.doUpsert({ documents: createSampleRunbookDocuments() });
    expect(store.collectionName).toBe('created-synthetic-synthetic-hash-64');
    const collection = await chroma.inspector().getCollection({ name: store.collectionName });
    expect(collection.configuration.hnsw?.space).toBe('cosine');
    // The server reports the configuration in its wire form: no embedding function was configured.
    expect((collection.configuration as Record<string, unknown>).embedding_function).toBeNull();
    expect(collection.metadata).toEqual({
      'triagekit:embedding-model': 'synthetic:synthetic-hash',
      'triagekit:embedding-dimensions': 64,
      'triagekit:metadata-encoding': 'v1',
    });
    expect(await collection.count()).toBe(6);
  });
  it('sends the configured headers, tenant and database with every request', async () => {
    const { hostname, port } = new URL(chroma.url());
    const admin = new AdminClient({ host: hostname, port: Number(port), ssl: false });
    await admin.createTenant({ name: 'sre' });
    await admin.createDatabase({ name: 'knowledge', tenant: 'sre' });
    const proxy = await chroma.startProxy();
    const store = chroma.createStore({
      url: proxy.url,
      headers: { 'x-chroma-token': 'read-write-token' },
      tenant: 'sre',
      database: 'knowledge',
    });
    await store.doUpsert({ documents: createSampleRunbookDocuments() });
    await store.doQuery({ text: 'disk', topK: 1 });
    for (const request of proxy.requests) {
      expect(request.headers['x-chroma-token']).toBe('read-write-token');
    }
    const collectionRequests = proxy.requests.filter((request) => request.path.includes('/collections'));
    expect(collectionRequests.length).toBeGreaterThan(0);
    for (const request of collectionRequests) {
      expect(request.path).toMatch(/^\/api\/v2\/tenants\/sre\/databases\/knowledge\/collections/);
    }
    const inTenant = new ChromaClient({
      host: hostname,
      port: Number(port),
      tenant: 'sre',
      database: 'knowledge',
    });
    expect(await (await inTenant.getCollection({ name: store.collectionName })).count()).toBe(6);
  });

  it('gives each embedding model its own derived collection', async () => {
    const small = chroma.createStore({
      collection: 'per-model',
      embeddingModel: new SyntheticEmbeddingModelV1({ dimensions: 32 }),
    });
    const large = chroma.createStore({
      collection: 'per-model',
      embeddingModel: new SyntheticEmbeddingModelV1({ dimensions: 128 }),
    });
    expect(small.collectionName).not.toBe(large.collectionName);
    await small.doUpsert({ documents: createSampleRunbookDocuments() });
    const result = await large.doQuery({ text: 'disk full', topK: 5 });
    expect(result.matches).toEqual([]);
  });
  it('refuses a collection made for another model, before embedding anything', async () => {
    const name = 'shared-between-models';
    const writer = chroma.createStore({ collection: name, deriveCollectionName: false });
    await writer.doUpsert({ documents: createSampleRunbookDocuments() });
    const otherModel = new SyntheticEmbeddingModelV1({ modelId: 'other-model', dimensions: 128 });
    const reader = chroma.createStore({
      collection: name,
      deriveCollectionName: false,
      embeddingModel: otherModel,
    });
    for (const call of [
      () => reader.doQuery({ text: 'disk', topK: 3 }),
      () => reader.doUpsert({ documents: createSampleRunbookDocuments() }),
    ]) {
      const error = await call().catch((caught: unknown) => caught);
      expect(InvalidInputError.isInstance(error)).toBe(true);
      expect((error as Error).message).toContain(`Chroma collection "${name}"`);
      expect((error as Error).message).toContain(
        'is "synthetic:synthetic-hash", but this store uses "synthetic:other-model"',
      );
      expect((error as Error).message).toContain('is 256, but this store uses 128');
    }
    expect(otherModel.calls).toEqual([]);
  });
  it('refuses a collection another tool created, or one in another distance space', async () => {
    const client = chroma.inspector();
    await client.createCollection({ name: 'foreign-collection', embeddingFunction: null });
    const foreign = chroma.createStore({ collection: 'foreign-collection', deriveCollectionName: false });
    await expect(foreign.doQuery({ text: 'disk', topK: 1 })).rejects.toThrow(
      /not created by the triagekit Chroma adapter/,
    );
    const model = new SyntheticEmbeddingModelV1();
    await client.createCollection({
      name: 'euclidean-collection',
      embeddingFunction: null,
      configuration: { hnsw: { space: 'l2' } },
      metadata: {
        'triagekit:embedding-model': 'synthetic:synthetic-hash',
        'triagekit:embedding-dimensions': model.dimensions,
        'triagekit:metadata-encoding': 'v1',
      },
    });
    const euclidean = chroma.createStore({
      collection: 'euclidean-collection',
      deriveCollectionName: false,
      embeddingModel: model,
    });
    await expect(euclidean.doQuery({ text: 'disk', topK: 1 })).rejects.toThrow(
      /is "l2", but this store needs "cosine"/,
    );
  });
  it('re-creates a collection deleted behind its back on the next call', async () => {
    const store = chroma.createStore();
    await store.doUpsert({ documents: createSampleRunbookDocuments() });
    await chroma.inspector().deleteCollection({ name: store.collectionName });
    await expect(store.doQuery({ text: 'disk', topK: 3 })).rejects.toMatchObject({ statusCode: 404 });
    await expect(store.doQuery({ text: 'disk', topK: 3 })).resolves.toEqual({
      matches: [],
      confident: false,
    });
    await expect(store.doUpsert({ documents: createSampleRunbookDocuments() })).resolves.toEqual({
      upserted: 6,
    });
  });
});
