import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the replay server answers one request. */
export interface ReplayResponse {
  /** HTTP status. Default 200. */
  readonly status?: number;
  /** Extra or replacing response headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** A file in this folder sent byte for byte; `.json` is served as `application/json`, others as text. */
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
  /** The query string exactly as sent (parameter order included), without the `?`. */
  readonly search: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: IncomingHttpHeaders;
  /** Resolves when the client closed the connection before an answer was sent. */
  readonly abandoned: Promise<void>;
}

/**
 * Routes: `path` or `path?continue=<token>` (for later pages) → one answer, or a list answered in turn
 * (the last one repeats). A function gets every request and may return nothing to fall through to 404.
 */
export type ReplayRoutes =
  | Readonly<Record<string, ReplayResponse | readonly ReplayResponse[]>>
  | ((request: RecordedRequest) => ReplayResponse | undefined);

/** A local HTTP server replaying recorded Kubernetes API answers and recording every request. */
export interface KubernetesReplayServer {
  /** `http://127.0.0.1:<port>`. */
  readonly server: string;
  readonly requests: RecordedRequest[];
  /** Requests with any method but GET: the collector must never send one. */
  readonly writeAttempts: RecordedRequest[];
  /** `METHOD path?query` of every request, in arrival order. */
  requestLines(): string[];
  /** Resolves with request `index` once it has arrived. */
  request(index: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

/** Reads a fixture of this folder as bytes. */
export function readFixture(name: string): Buffer {
  return readFileSync(new URL(`./${name}`, import.meta.url));
}

function status(code: number, reason: string, message: string): string {
  return JSON.stringify({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    code,
  });
}

/**
 * Starts a server on 127.0.0.1 (a free port) answering like the Kubernetes API server: the headers it
 * sends (`Audit-Id`, `Cache-Control`, the priority-and-fairness uids), `Content-Type` by fixture, a
 * `Status` 404 for unknown paths. `fallback` answers what `routes` does not. Any method but GET is
 * answered 405 and recorded in `writeAttempts`.
 */
export async function startKubernetesReplayServer(
  routes: ReplayRoutes,
  fallback: (request: RecordedRequest) => ReplayResponse | undefined = () => undefined,
): Promise<KubernetesReplayServer> {
  const requests: RecordedRequest[] = [];
  const writeAttempts: RecordedRequest[] = [];
  const waiting = new Map<number, (request: RecordedRequest) => void>();
  const turns = new Map<string, number>();
  const pick = (request: RecordedRequest): ReplayResponse | undefined => {
    if (typeof routes === 'function') return routes(request);
    const continueToken = request.query.continue;
    const key = continueToken === undefined ? request.path : `${request.path}?continue=${continueToken}`;
    const route = routes[key];
    if (route === undefined || !Array.isArray(route)) return route as ReplayResponse | undefined;
    const turn = turns.get(key) ?? 0;
    turns.set(key, turn + 1);
    return route[Math.min(turn, route.length - 1)];
  };
  const http = createServer((incoming, outgoing) => {
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
      search: url.search.slice(1),
      query: Object.fromEntries(url.searchParams),
      headers: incoming.headers,
      abandoned,
    };
    const index = requests.length;
    requests.push(request);
    waiting.get(index)?.(request);
    waiting.delete(index);
    const common = {
      'Audit-Id': `5c1e9a3b-7f2d-4e8a-9b6c-${String(index).padStart(12, '0')}`,
      'Cache-Control': 'no-cache, private',
      'X-Kubernetes-Pf-Flowschema-Uid': '2f0c7d1e-4b5a-4c3e-8d9f-1a2b3c4d5e6f',
      'X-Kubernetes-Pf-Prioritylevel-Uid': '9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b',
    };
    if (request.method !== 'GET') {
      writeAttempts.push(request);
      const body = status(
        405,
        'MethodNotAllowed',
        `the replay server only answers GET, got ${request.method}`,
      );
      outgoing.writeHead(405, { ...common, 'Content-Type': 'application/json' });
      outgoing.end(body);
      return;
    }
    const answer = pick(request) ??
      fallback(request) ?? {
        status: 404,
        body: status(404, 'NotFound', `the server could not find the requested resource (${request.path})`),
        headers: { 'Content-Type': 'application/json' },
      };
    if (answer.hang) return;
    const body = answer.fixture ? readFixture(answer.fixture) : Buffer.from(answer.body ?? '');
    const contentType = answer.fixture?.endsWith('.json') ? 'application/json' : 'text/plain';
    outgoing.writeHead(answer.status ?? 200, {
      ...common,
      'Content-Type': contentType,
      'Content-Length': String(body.length),
      ...answer.headers,
    });
    outgoing.end(body);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    server: `http://127.0.0.1:${port}`,
    requests,
    writeAttempts,
    requestLines: () =>
      requests.map(
        (request) => `${request.method} ${request.path}${request.search ? `?${request.search}` : ''}`,
      ),
    request(index) {
      const arrived = requests[index];
      if (arrived) return Promise.resolve(arrived);
      return new Promise((resolve) => waiting.set(index, resolve));
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        http.closeAllConnections();
        http.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
