import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the replay server answers one request. */
export interface ReplayResponse {
  /** HTTP status. Default 200. */
  readonly status?: number;
  /** Response headers (`content-type: application/json` is added for `json` and `.json` fixtures). */
  readonly headers?: Readonly<Record<string, string>>;
  /** A file of this folder sent byte for byte, e.g. `openai/error-rate-limit.json`. */
  readonly fixture?: string;
  /** A value sent as JSON. */
  readonly json?: unknown;
  /** A literal body. */
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
  readonly bodyText: string;
  /** The body parsed as JSON, or `undefined` when it is not JSON. */
  readonly body: Record<string, unknown> | undefined;
  /** Resolves when the client closed the connection before an answer was sent. */
  readonly abandoned: Promise<void>;
}

/** A local HTTP server that answers from a script and records every request. */
export interface ReplayServer {
  /** `http://127.0.0.1:<port>`. */
  readonly origin: string;
  readonly requests: RecordedRequest[];
  /** Resolves with request `index` once it has arrived (at once if it already has). */
  request(index: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

/** Reads a fixture of this folder. */
export function readFixture(name: string): Buffer {
  return readFileSync(new URL(`./${name}`, import.meta.url));
}

/** Reads and parses a JSON fixture of this folder. */
export function readJsonFixture<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFixture(name).toString('utf8')) as T;
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts a server on 127.0.0.1 (a free port) that reads each request's whole body, records it, and answers
 * with `answer(request, index)`. Provider-specific servers build on it.
 */
export async function startReplayServer(
  answer: (request: RecordedRequest, index: number) => ReplayResponse,
): Promise<ReplayServer> {
  const requests: RecordedRequest[] = [];
  const waiting = new Map<number, (request: RecordedRequest) => void>();
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
      let markAbandoned = () => {};
      const abandoned = new Promise<void>((resolve) => {
        markAbandoned = resolve;
      });
      outgoing.on('close', () => {
        if (!outgoing.writableFinished) markAbandoned();
      });
      const bodyText = Buffer.concat(chunks).toString('utf8');
      const request: RecordedRequest = {
        method: incoming.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: incoming.headers,
        bodyText,
        body: parseJson(bodyText),
        abandoned,
      };
      const index = requests.length;
      requests.push(request);
      waiting.get(index)?.(request);
      waiting.delete(index);
      const reply = answer(request, index);
      if (reply.hang) return;
      const isJson = reply.json !== undefined || (reply.fixture?.endsWith('.json') ?? false);
      const body = reply.fixture
        ? readFixture(reply.fixture)
        : Buffer.from(reply.json !== undefined ? JSON.stringify(reply.json) : (reply.body ?? ''));
      outgoing.writeHead(reply.status ?? 200, {
        ...(isJson ? { 'content-type': 'application/json' } : {}),
        'content-length': String(body.length),
        ...reply.headers,
      });
      outgoing.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
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
