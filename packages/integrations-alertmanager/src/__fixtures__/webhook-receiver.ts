import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the receiver got it: the raw body bytes, untouched. */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** A local HTTP server standing in for `triagekit serve`: records each request and answers it. */
export interface WebhookReceiver {
  readonly url: string;
  readonly requests: ReceivedRequest[];
  /** Resolves with request `index` once it has arrived. */
  request(index: number): Promise<ReceivedRequest>;
  close(): Promise<void>;
}

/**
 * Starts a receiver on 127.0.0.1 (a free port). `answer` decides the status of each request (default 200),
 * e.g. 401 when its token is wrong.
 */
export async function startWebhookReceiver(
  answer: (request: ReceivedRequest) => number = () => 200,
): Promise<WebhookReceiver> {
  const requests: ReceivedRequest[] = [];
  const waiting = new Map<number, (request: ReceivedRequest) => void>();
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request: ReceivedRequest = {
        method: incoming.method ?? '',
        path: new URL(incoming.url ?? '/', 'http://127.0.0.1').pathname,
        headers: incoming.headers,
        body: Buffer.concat(chunks),
      };
      const index = requests.length;
      requests.push(request);
      waiting.get(index)?.(request);
      waiting.delete(index);
      outgoing.writeHead(answer(request)).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
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
