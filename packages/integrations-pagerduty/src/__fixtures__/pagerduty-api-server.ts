import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFixture } from './read-fixture.js';

/** How the server answers one request. */
export interface ApiResponse {
  /** Default 201. */
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A fixture of this folder to send as the body (JSON). */
  readonly fixture?: string;
  /** Never answer: the request stays open until the client gives up. */
  readonly hang?: boolean;
}

/** A request as the server saw it. */
export interface ApiRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** Resolves when the client closed the connection before an answer was sent. */
  readonly abandoned: Promise<void>;
}

/** A local HTTP server standing in for PagerDuty's REST API, recording every request. */
export interface PagerDutyApiServer {
  readonly baseUrl: string;
  readonly requests: ApiRequest[];
  /** Resolves with request `index` once it has arrived. */
  request(index: number): Promise<ApiRequest>;
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1 (a free port) answering request `i` with `script[i]` (the last entry
 * repeats). It accepts any method and path, so that tests can prove what the sink sent.
 */
export async function startPagerDutyApiServer(script: readonly ApiResponse[]): Promise<PagerDutyApiServer> {
  const requests: ApiRequest[] = [];
  const waiting = new Map<number, (request: ApiRequest) => void>();
  const server = createServer((incoming, outgoing) => {
    let markAbandoned = () => {};
    const abandoned = new Promise<void>((resolve) => {
      markAbandoned = resolve;
    });
    outgoing.on('close', () => {
      if (!outgoing.writableFinished) markAbandoned();
    });
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request: ApiRequest = {
        method: incoming.method ?? '',
        path: new URL(incoming.url ?? '/', 'http://127.0.0.1').pathname,
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        abandoned,
      };
      const index = requests.length;
      requests.push(request);
      waiting.get(index)?.(request);
      waiting.delete(index);
      const answer = script[Math.min(index, script.length - 1)] ?? {};
      if (answer.hang) return;
      const body = answer.fixture ? readFixture(answer.fixture) : Buffer.alloc(0);
      outgoing.writeHead(answer.status ?? 201, {
        ...(answer.fixture ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
        'Content-Length': String(body.length),
        ...answer.headers,
      });
      outgoing.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    request(index) {
      const arrived = requests[index];
      if (arrived) return Promise.resolve(arrived);
      return new Promise((resolve) => waiting.set(index, resolve));
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port on 127.0.0.1 with nothing listening: bound, read, then released. */
export async function findClosedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
