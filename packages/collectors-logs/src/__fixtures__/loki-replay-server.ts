import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the replay server answers one request. */
export interface ReplayResponse {
  /** HTTP status. Default 200. */
  readonly status?: number;
  /** Response headers. Default: `Content-Type: application/json` for fixtures ending in `.json`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** A file in this folder to send as the body, byte for byte. */
  readonly fixture?: string;
  /** A literal body, when there is no fixture. */
  readonly body?: string;
  /** Never answer: the request stays open until the client gives up or the server closes. */
  readonly hang?: boolean;
}

/** A request as the server saw it. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: IncomingHttpHeaders;
  /** Milliseconds since the epoch when it arrived. */
  readonly receivedAt: number;
  /** Resolves when the client closed the connection before an answer was sent. */
  readonly abandoned: Promise<void>;
}

/** A local HTTP server replaying recorded Loki answers and recording every request. */
export interface LokiReplayServer {
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** Resolves with the next request to arrive (or the one that already did, by index). */
  request(index: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

/** Reads a fixture of this folder as bytes. */
export function readFixture(name: string): Buffer {
  return readFileSync(new URL(`./${name}`, import.meta.url));
}

/**
 * Starts a server on 127.0.0.1 (a free port) that answers request `i` with `script[i]` (the last entry
 * repeats), or with `script(request, i)`. It accepts any method and path, so that the tests can prove what
 * the collector sent.
 */
export async function startLokiReplayServer(
  script: readonly ReplayResponse[] | ((request: RecordedRequest, index: number) => ReplayResponse),
): Promise<LokiReplayServer> {
  const requests: RecordedRequest[] = [];
  const waiting = new Map<number, (request: RecordedRequest) => void>();
  const server = createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    let markAbandoned = () => {};
    const abandoned = new Promise<void>((resolve) => {
      markAbandoned = resolve;
    });
    outgoing.on('close', () => {
      if (!outgoing.writableFinished) markAbandoned();
    });
    const request: RecordedRequest = {
      method: incoming.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: incoming.headers,
      receivedAt: Date.now(),
      abandoned,
    };
    const index = requests.length;
    requests.push(request);
    waiting.get(index)?.(request);
    waiting.delete(index);
    const answer =
      typeof script === 'function' ? script(request, index) : script[Math.min(index, script.length - 1)];
    if (!answer || answer.hang) return;
    const body = answer.fixture ? readFixture(answer.fixture) : Buffer.from(answer.body ?? '');
    const json = answer.fixture?.endsWith('.json') ?? false;
    outgoing.writeHead(answer.status ?? 200, {
      ...(json ? { 'Content-Type': 'application/json; charset=UTF-8' } : {}),
      'Content-Length': String(body.length),
      ...answer.headers,
    });
    outgoing.end(body);
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
