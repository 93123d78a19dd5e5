import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the server answers one request. */
export interface SlackResponse {
  /** Default 200. */
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A fixture of this folder to send as the body (JSON when it ends in `.json`). */
  readonly fixture?: string;
  /** A literal text body (incoming webhooks answer `ok` or an error code as text). */
  readonly text?: string;
  /** Never answer: the request stays open until the client gives up. */
  readonly hang?: boolean;
}

/** A request as the server saw it, its body decoded as the client encoded it. */
export interface SlackRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: string;
  /** JSON bodies parsed; form bodies (`application/x-www-form-urlencoded`) as their fields. */
  readonly fields: Record<string, unknown>;
  /** Resolves when the client closed the connection before an answer was sent. */
  readonly abandoned: Promise<void>;
}

/** A local HTTP server standing in for Slack (incoming webhooks and the Web API), recording every request. */
export interface SlackServer {
  readonly url: string;
  /** An incoming webhook URL on this server. */
  readonly webhookUrl: string;
  /** Web API root on this server, for `slackApiUrl`. */
  readonly apiUrl: string;
  readonly requests: SlackRequest[];
  request(index: number): Promise<SlackRequest>;
  close(): Promise<void>;
}

function decode(rawBody: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.startsWith('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(rawBody));
  }
  try {
    return JSON.parse(rawBody) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/**
 * Starts a server on 127.0.0.1 (a free port) answering request `i` with `script[i]` (the last entry
 * repeats). It accepts any method and path, so that tests can prove what the clients sent.
 */
export async function startSlackServer(script: readonly SlackResponse[]): Promise<SlackServer> {
  const requests: SlackRequest[] = [];
  const waiting = new Map<number, (request: SlackRequest) => void>();
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
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const request: SlackRequest = {
        method: incoming.method ?? '',
        path: new URL(incoming.url ?? '/', 'http://127.0.0.1').pathname,
        headers: incoming.headers,
        rawBody,
        fields: decode(rawBody, incoming.headers['content-type']),
        abandoned,
      };
      const index = requests.length;
      requests.push(request);
      waiting.get(index)?.(request);
      waiting.delete(index);
      const answer = script[Math.min(index, script.length - 1)] ?? {};
      if (answer.hang) return;
      const json = answer.fixture?.endsWith('.json') ?? false;
      const body = answer.fixture
        ? readFileSync(new URL(`./${answer.fixture}`, import.meta.url))
        : Buffer.from(answer.text ?? '');
      outgoing.writeHead(answer.status ?? 200, {
        'Content-Type': json ? 'application/json; charset=utf-8' : 'text/html',
        'Content-Length': String(body.length),
        ...answer.headers,
      });
      outgoing.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    webhookUrl: `${url}/services/T0A1B2C3D/B0E4F5G6H/q8XvN2kLwR4sT7yZ1mP3dC6f`,
    apiUrl: `${url}/api/`,
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
