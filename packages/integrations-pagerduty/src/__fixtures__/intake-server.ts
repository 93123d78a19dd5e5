import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the handler answers: a status and a JSON body. */
export interface IntakeAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** A local HTTP server standing in for `triagekit serve`: hands each raw request body to `handle`. */
export interface IntakeServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1 (a free port) that collects each request's body as raw bytes, exactly as
 * they came off the wire, and answers with what `handle` returns (500 with the message when it throws).
 */
export async function startIntakeServer(
  handle: (rawBody: Buffer, headers: IncomingHttpHeaders) => IntakeAnswer,
): Promise<IntakeServer> {
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      let answer: IntakeAnswer;
      try {
        answer = handle(Buffer.concat(chunks), incoming.headers);
      } catch (error) {
        answer = { status: 500, body: { error: error instanceof Error ? error.message : String(error) } };
      }
      outgoing
        .writeHead(answer.status, { 'Content-Type': 'application/json' })
        .end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
