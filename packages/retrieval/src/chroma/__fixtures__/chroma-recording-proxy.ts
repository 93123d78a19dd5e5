import { createServer, request as forwardRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the proxy saw it. */
export interface ProxiedRequest {
  readonly method: string;
  /** The path without the query, e.g. `/api/v2/tenants/default_tenant/databases/default_database/collections`. */
  readonly path: string;
  /** Request headers, lower-cased names. */
  readonly headers: IncomingHttpHeaders;
  /** The body parsed as JSON, or `undefined` when it is empty or not JSON. */
  readonly body: unknown;
  /** Resolves when the client closed the connection before an answer was sent (a cancelled request). */
  readonly abandoned: Promise<void>;
}

/** What the proxy does with one request: pass it to Chroma, never answer, or answer itself. */
export type ProxyAction =
  | 'forward'
  | 'hang'
  | { readonly status: number; readonly body: string; readonly headers?: Readonly<Record<string, string>> };

/** A local HTTP proxy in front of a real Chroma server that records every request. */
export interface ChromaRecordingProxy {
  /** `http://127.0.0.1:<port>`: give it to the store as `url`. */
  readonly url: string;
  readonly requests: ProxiedRequest[];
  /** Requests whose path ends with `suffix` (e.g. `/upsert`), in arrival order. */
  requestsTo(suffix: string): ProxiedRequest[];
  close(): Promise<void>;
}

/**
 * Starts a proxy on 127.0.0.1 (a free port) that forwards requests to `targetUrl` unless `decide` says to
 * hang or to answer itself: so tests can prove which requests the store sent, and make a real server look
 * slow or briefly broken.
 */
export async function startChromaRecordingProxy(
  targetUrl: string,
  decide: (request: ProxiedRequest, index: number) => ProxyAction = () => 'forward',
): Promise<ChromaRecordingProxy> {
  const target = new URL(targetUrl);
  const requests: ProxiedRequest[] = [];
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const raw = Buffer.concat(chunks);
      let markAbandoned = (): void => {};
      const abandoned = new Promise<void>((resolve) => {
        markAbandoned = resolve;
      });
      outgoing.on('close', () => {
        if (!outgoing.writableFinished) markAbandoned();
      });
      const recorded: ProxiedRequest = {
        method: incoming.method ?? '',
        path: new URL(incoming.url ?? '/', 'http://127.0.0.1').pathname,
        headers: incoming.headers,
        body: parseJson(raw),
        abandoned,
      };
      const index = requests.length;
      requests.push(recorded);
      const action = decide(recorded, index);
      if (action === 'hang') return;
      if (action !== 'forward') {
        outgoing.writeHead(action.status, { 'content-type': 'application/json', ...action.headers });
        outgoing.end(action.body);
        return;
      }
      const upstream = forwardRequest(
        {
          host: target.hostname,
          port: target.port,
          method: incoming.method,
          path: incoming.url,
          headers: { ...incoming.headers, host: target.host },
        },
        (response) => {
          outgoing.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(outgoing);
        },
      );
      upstream.on('error', () => outgoing.destroy());
      upstream.end(raw);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    requestsTo: (suffix) => requests.filter((request) => request.path.endsWith(suffix)),
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
}
