import { ApiCallError, TimeoutError } from '@triagekit/core';
import { createSampleRunbookDocuments, SyntheticEmbeddingModelV1 } from '@triagekit/core/testing';
import { ChromaClient } from 'chromadb';
import { describe, expect, it } from 'vitest';
import { findFreePort } from '../__fixtures__/chroma-server.js';
import type { ProxiedRequest, ProxyAction } from './__fixtures__/chroma-recording-proxy.js';
import { useChromaTestServer } from './__fixtures__/use-chroma-test-server.js';
import type { ChromaVectorStoreOptions } from './chroma-vector-store-options.js';
import { createChromaVectorStore } from './create-chroma-vector-store.js';

const chroma = useChromaTestServer('failures');

let collections = 0;

/**
 * A store behind a proxy that applies `decide` to every request to the real server, and `seed()`, which
 * writes the sample runbooks into the same collection directly (default timeouts, no proxy), so that only
 * the requests a test is about run under its short limits.
 */
async function storeBehindProxy(
  decide: (request: ProxiedRequest, index: number) => ProxyAction,
  options: Partial<ChromaVectorStoreOptions> = {},
) {
  const proxy = await chroma.startProxy(decide);
  collections += 1;
  const collection = { collection: `failures-${collections}`, deriveCollectionName: false };
  const store = chroma.createStore({ url: proxy.url, retryDelayMs: 1, ...collection, ...options });
  const seed = () => chroma.createStore(collection).doUpsert({ documents: createSampleRunbookDocuments() });
  return { store, proxy, seed };
}

/** Answers the n-th request to a path ending in `suffix` (0-based) with `action`; forwards the rest. */
function onNth(suffix: string, nth: readonly number[], action: ProxyAction) {
  let seen = 0;
  return (request: ProxiedRequest): ProxyAction => {
    if (!request.path.endsWith(suffix)) return 'forward';
    seen += 1;
    return nth.includes(seen - 1) ? action : 'forward';
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}

const serverError: ProxyAction = {
  status: 500,
  body: JSON.stringify({ error: 'InternalError', message: 'compactor unavailable' }),
};
const query = { text: 'node disk is full', topK: 3 };

describe('Chroma store failures', () => {
  it('names the URL and how to start Chroma when nothing listens there', async () => {
    const port = await findFreePort();
    const model = new SyntheticEmbeddingModelV1();
    const store = createChromaVectorStore({
      url: `http://127.0.0.1:${port}`,
      collection: 'runbooks',
      embeddingModel: model,
      retries: 1,
      retryDelayMs: 1,
    });
    const error = await rejection(store.doUpsert({ documents: createSampleRunbookDocuments() }));
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ url: `http://127.0.0.1:${port}`, isRetryable: true });
    expect((error as Error).message).toContain(`could not connect to Chroma at http://127.0.0.1:${port}`);
    expect((error as Error).message).toContain(`npx chroma run --path ./chroma-data --port ${port}`);
    // The server is checked before any embedding is paid for.
    expect(model.calls).toEqual([]);
  });

  it('retries a 5xx answer and succeeds', async () => {
    const { store, proxy: recorder } = await storeBehindProxy(onNth('/query', [0], serverError));
    await store.doUpsert({ documents: createSampleRunbookDocuments() });
    const result = await store.doQuery(query);
    expect(result.matches[0]?.document.id).toBe('runbook-disk-full');
    expect(recorder.requestsTo('/query')).toHaveLength(2);
  });

  it('gives up after the configured retries with the server’s message', async () => {
    const { store, proxy: recorder } = await storeBehindProxy(onNth('/upsert', [0, 1, 2, 3], serverError), {
      retries: 2,
    });
    const error = await rejection(store.doUpsert({ documents: createSampleRunbookDocuments() }));
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /Upserting 6 records into Chroma collection ".*" failed: .*compactor unavailable/,
    );
    expect(recorder.requestsTo('/upsert')).toHaveLength(3);
  });

  it('does not retry a 400 answer', async () => {
    const badRequest: ProxyAction = {
      status: 400,
      body: JSON.stringify({ error: 'InvalidArgumentError', message: 'bad where' }),
    };
    const { store, proxy: recorder } = await storeBehindProxy(onNth('/query', [0], badRequest));
    const error = await rejection(store.doQuery(query));
    expect(error).toMatchObject({ statusCode: 400, isRetryable: false });
    expect((error as Error).message).toMatch(
      /Chroma rejected the request: Bad request to .*\/query with status: bad where$/,
    );
    expect(recorder.requestsTo('/query')).toHaveLength(1);
  });

  it('says how far an upsert got when a later batch fails', async () => {
    const { store } = await storeBehindProxy(onNth('/upsert', [1, 2, 3], serverError), {
      batchSize: 4,
      retries: 2,
    });
    const error = await rejection(store.doUpsert({ documents: createSampleRunbookDocuments() }));
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /4 of 6 documents had been written before the failure\. Upserting the same documents again is safe\.$/,
    );
  });

  it('times out a request that gets no answer, cancelling it, and retries it', async () => {
    const {
      store,
      proxy: recorder,
      seed,
    } = await storeBehindProxy(onNth('/query', [0], 'hang'), {
      timeoutMs: 1000,
      retries: 1,
    });
    await seed();
    const result = await store.doQuery(query);
    expect(result.matches[0]?.document.id).toBe('runbook-disk-full');
    const queries = recorder.requestsTo('/query');
    expect(queries).toHaveLength(2);
    await queries[0]?.abandoned;
  });

  it('rejects with a TimeoutError when every attempt times out', async () => {
    const { store, seed } = await storeBehindProxy(onNth('/query', [0, 1], 'hang'), {
      timeoutMs: 1000,
      retries: 1,
    });
    await seed();
    const error = await rejection(store.doQuery(query));
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /^Querying Chroma collection ".*" \(http:\/\/127\.0\.0\.1:\d+\) did not finish within 1000 ms\. Raise `timeoutMs`/,
    );
  });

  it('stops an in-flight request when the caller aborts, and keeps working afterwards', async () => {
    const { store, proxy: recorder } = await storeBehindProxy(onNth('/upsert', [0], 'hang'));
    const controller = new AbortController();
    const upsert = store.doUpsert({
      documents: createSampleRunbookDocuments(),
      abortSignal: controller.signal,
    });
    while (recorder.requestsTo('/upsert').length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const reason = new Error('incident closed');
    controller.abort(reason);
    await expect(upsert).rejects.toBe(reason);
    await recorder.requestsTo('/upsert')[0]?.abandoned;
    await expect(store.doUpsert({ documents: createSampleRunbookDocuments() })).resolves.toEqual({
      upserted: 6,
    });
  });

  it('does nothing when the signal has already aborted', async () => {
    const { store, proxy: recorder } = await storeBehindProxy(() => 'forward');
    const controller = new AbortController();
    controller.abort(new Error('already cancelled'));
    await expect(store.doQuery({ ...query, abortSignal: controller.signal })).rejects.toThrow(
      'already cancelled',
    );
    await expect(store.doDelete({ ids: ['a'], abortSignal: controller.signal })).rejects.toThrow(
      'already cancelled',
    );
    expect(recorder.requests).toEqual([]);
  });

  it('lets one caller abort while another waits for the same collection to open', async () => {
    const { store } = await storeBehindProxy(onNth('/api/v2/version', [0], 'hang'), { timeoutMs: 1000 });
    const impatient = new AbortController();
    const first = store.doQuery({ ...query, abortSignal: impatient.signal });
    const second = store.doQuery(query);
    impatient.abort(new Error('impatient'));
    await expect(first).rejects.toThrow('impatient');
    await expect(second).resolves.toEqual({ matches: [], confident: false });
  });

  it('refuses a server without the v2 API (Chroma 0.x) and says to upgrade', async () => {
    const notFound: ProxyAction = { status: 404, body: JSON.stringify({ detail: 'Not Found' }) };
    const { store, proxy: recorder } = await storeBehindProxy((request) =>
      request.path.startsWith('/api/v2/') ? notFound : 'forward',
    );
    const error = await rejection(store.doQuery(query));
    expect(error).toMatchObject({ statusCode: 404, isRetryable: false });
    expect((error as Error).message).toMatch(
      /does not serve Chroma's v2 HTTP API .* needs a Chroma server 1\.0 or newer; upgrade the server\.$/,
    );
    expect(recorder.requests.map((request) => request.path)).toEqual(['/api/v2/version']);
  });

  it('refuses a server that reports a version before 1.0', async () => {
    const old: ProxyAction = { status: 200, body: JSON.stringify('0.6.3') };
    const { store } = await storeBehindProxy((request) =>
      request.path === '/api/v2/version' ? old : 'forward',
    );
    const error = await rejection(store.doQuery(query));
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /reports version 0\.6\.3, but this adapter \(chromadb 3 client\) needs 1\.0\.0 or newer\. Upgrade the server at/,
    );
  });

  it('with a supplied client, a timeout stops the wait although the request cannot be cancelled', async () => {
    const { proxy, seed } = await storeBehindProxy(onNth('/query', [0], 'hang'));
    const { hostname, port } = new URL(proxy.url);
    const store = createChromaVectorStore({
      client: new ChromaClient({ host: hostname, port: Number(port) }),
      collection: `failures-${collections}`,
      deriveCollectionName: false,
      embeddingModel: new SyntheticEmbeddingModelV1(),
      timeoutMs: 1000,
      retries: 0,
    });
    await seed();
    const error = await rejection(store.doQuery(query));
    expect(TimeoutError.isInstance(error)).toBe(true);
  });
});
