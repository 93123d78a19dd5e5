import { SyntheticEmbeddingModelV1 } from '@triagekit/core/testing';
import { ChromaClient } from 'chromadb';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type ChromaTestServer, startChromaServer } from '../../__fixtures__/chroma-server.js';
import type { ChromaVectorStore } from '../chroma-vector-store.js';
import type { ChromaVectorStoreOptions } from '../chroma-vector-store-options.js';
import { createChromaVectorStore } from '../create-chroma-vector-store.js';
import {
  type ChromaRecordingProxy,
  type ProxiedRequest,
  type ProxyAction,
  startChromaRecordingProxy,
} from './chroma-recording-proxy.js';

/** What a test file gets from {@link useChromaTestServer}. */
export interface ChromaTestContext {
  /** The real server's URL. */
  url(): string;
  /** A plain chromadb client of the server, to look at what a store wrote. */
  inspector(): ChromaClient;
  /** A store on a new collection (`<prefix>-<n>`), the synthetic model and 10 ms retry delays. */
  createStore(options?: Partial<ChromaVectorStoreOptions>): ChromaVectorStore;
  /** A recording proxy in front of the server, closed after the test. */
  startProxy(decide?: (request: ProxiedRequest, index: number) => ProxyAction): Promise<ChromaRecordingProxy>;
}

/**
 * Starts one real Chroma server for the test file (before all tests; stopped after them) and closes the
 * proxies a test started after each test. Call it at the top level of a test file.
 */
export function useChromaTestServer(prefix: string): ChromaTestContext {
  let server: ChromaTestServer | undefined;
  const proxies: ChromaRecordingProxy[] = [];
  let collections = 0;
  beforeAll(async () => {
    server = await startChromaServer();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(async () => {
    await Promise.all(proxies.splice(0).map((proxy) => proxy.close()));
  });
  const url = (): string => {
    if (server === undefined) throw new Error('the Chroma server did not start');
    return server.url;
  };
  return {
    url,
    inspector() {
      const { hostname, port } = new URL(url());
      return new ChromaClient({ host: hostname, port: Number(port) });
    },
    createStore(options = {}) {
      collections += 1;
      return createChromaVectorStore({
        url: url(),
        collection: `${prefix}-${collections}`,
        embeddingModel: new SyntheticEmbeddingModelV1(),
        retryDelayMs: 10,
        ...options,
      });
    },
    async startProxy(decide) {
      const proxy = await startChromaRecordingProxy(url(), decide);
      proxies.push(proxy);
      return proxy;
    },
  };
}
