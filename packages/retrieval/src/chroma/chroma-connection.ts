import { ChromaClient, type Collection } from 'chromadb';
import type { ChromaServerAddress } from './parse-chroma-url.js';

/** How the store reaches Chroma: clients it builds per request, or one client the user supplied. */
export interface ChromaConnection {
  /** The server, for messages: its URL, or a description of the supplied client. */
  readonly url: string;
  /** True when `client(signal)` returns a client whose requests `signal` cancels. */
  readonly cancellable: boolean;
  /** A client for one operation; its requests are cancelled by `signal` when `cancellable`. */
  client(signal: AbortSignal): ChromaClient;
  /**
   * The collection to use through `client`: a handle bound to it (so its signal applies) when cancellable,
   * else the collection object the store opened.
   */
  collection(
    client: ChromaClient,
    opened: { readonly id: string; readonly collection: Collection },
  ): Collection;
}

/**
 * A connection that builds a new `ChromaClient` for every operation, with the operation's signal in its
 * `fetchOptions`: the client passes them to each `fetch`, so a timeout or an abort cancels the HTTP request
 * itself (the client's methods take no signal). Building a client is cheap: no request is made until it is used.
 */
export function createUrlChromaConnection(options: {
  readonly address: ChromaServerAddress;
  readonly tenant: string;
  readonly database: string;
  readonly headers: Readonly<Record<string, string>> | undefined;
}): ChromaConnection {
  const { address } = options;
  return {
    url: address.url,
    cancellable: true,
    client: (signal) =>
      new ChromaClient({
        host: address.host,
        port: address.port,
        ssl: address.ssl,
        tenant: options.tenant,
        database: options.database,
        headers: options.headers === undefined ? undefined : { ...options.headers },
        fetchOptions: { signal },
      }),
    // A handle needs no request: it addresses the collection by id through the client it came from.
    collection: (client, opened) => client.collection(opened.id),
  };
}

/** A connection over a client the user configured; its requests cannot be cancelled, only abandoned. */
export function createClientChromaConnection(client: ChromaClient): ChromaConnection {
  return {
    url: 'the server of the supplied ChromaClient',
    cancellable: false,
    client: () => client,
    collection: (_client, opened) => opened.collection,
  };
}
