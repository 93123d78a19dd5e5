import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The `X-Amz-Target` of LookupEvents, the only operation a read-only CloudTrail collector may call. The
 * AWS CLI sends this fully qualified form; the JavaScript SDK v3 sends the short `CloudTrail_20131101.`
 * one. CloudTrail accepts both, and so does this server.
 */
export const LOOKUP_EVENTS_TARGET = 'com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents';
const LOOKUP_EVENTS_SHORT_TARGET = 'CloudTrail_20131101.LookupEvents';

/** Whether an `X-Amz-Target` names LookupEvents (either spelling). */
export function isLookupEventsTarget(target: string | undefined): boolean {
  return target === LOOKUP_EVENTS_TARGET || target === LOOKUP_EVENTS_SHORT_TARGET;
}

/** How the replay server answers one request. */
export interface ReplayAnswer {
  /** HTTP status. Default 200. */
  readonly status?: number;
  /** Extra response headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** A file in this folder to send as the body, byte for byte. */
  readonly fixture?: string;
  /** A literal body (sent as is) when there is no fixture. */
  readonly body?: string;
  /** Never answer: the request stays open until the client gives up or the server closes. */
  readonly hang?: boolean;
}

/** A request as the server saw it. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The `X-Amz-Target` header: which API operation the client called. */
  readonly target: string | undefined;
  /** The region of the SigV4 credential scope in the `Authorization` header. */
  readonly region: string | undefined;
  /** The signing service of the credential scope (`cloudtrail`). */
  readonly signingService: string | undefined;
  /** The parsed JSON body, or `undefined` when it was not JSON. */
  readonly body: Record<string, unknown> | undefined;
  /** Resolves when the client closed the connection before an answer was sent. */
  readonly abandoned: Promise<void>;
}

/** A local AWS JSON 1.1 endpoint replaying recorded CloudTrail answers and recording every request. */
export interface CloudTrailReplayServer {
  /** `http://127.0.0.1:<port>`, for the client's `endpoint` option. */
  readonly endpoint: string;
  readonly requests: RecordedRequest[];
  /** Requests for anything but `POST /` with the LookupEvents target; must stay empty. */
  readonly unexpected: RecordedRequest[];
  /** Resolves with request `index` once it has arrived. */
  request(index: number): Promise<RecordedRequest>;
  close(): Promise<void>;
}

/** A CloudTrail error body as the service sends it (`__type` plus a message), with its status. */
export function awsError(status: number, type: string, message: string): ReplayAnswer {
  return { status, body: JSON.stringify({ __type: type, message }) };
}

function readFixture(name: string): Buffer {
  return readFileSync(new URL(`./${name}`, import.meta.url));
}

function credentialScope(authorization: string | undefined): { region?: string; service?: string } {
  // AWS4-HMAC-SHA256 Credential=AKID/20260304/us-east-1/cloudtrail/aws4_request, SignedHeaders=..., Signature=...
  const match = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(authorization ?? '');
  return match ? { region: match[1], service: match[2] } : {};
}

function parseBody(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts a server on 127.0.0.1 (a free port) that speaks AWS JSON 1.1 the way CloudTrail does: it answers
 * each `POST /` carrying the LookupEvents target with `script(request, index)`. Anything else (another
 * operation, another method or path) is recorded in `unexpected` and refused with the error CloudTrail
 * sends for an unknown operation, so that tests can prove no write API was ever called.
 */
export async function startCloudTrailReplayServer(
  script: (request: RecordedRequest, index: number) => ReplayAnswer,
): Promise<CloudTrailReplayServer> {
  const requests: RecordedRequest[] = [];
  const unexpected: RecordedRequest[] = [];
  const waiting = new Map<number, (request: RecordedRequest) => void>();
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      let markAbandoned = () => {};
      const abandoned = new Promise<void>((resolve) => {
        markAbandoned = resolve;
      });
      outgoing.on('close', () => {
        if (!outgoing.writableFinished) markAbandoned();
      });
      const target = incoming.headers['x-amz-target'];
      const scope = credentialScope(incoming.headers.authorization);
      const request: RecordedRequest = {
        method: incoming.method ?? '',
        path: incoming.url ?? '',
        headers: incoming.headers,
        target: typeof target === 'string' ? target : undefined,
        region: scope.region,
        signingService: scope.service,
        body: parseBody(Buffer.concat(chunks).toString('utf8')),
        abandoned,
      };
      const index = requests.length;
      requests.push(request);
      waiting.get(index)?.(request);
      waiting.delete(index);
      const allowed =
        request.method === 'POST' && request.path === '/' && isLookupEventsTarget(request.target);
      if (!allowed) unexpected.push(request);
      const answer = allowed
        ? script(request, index)
        : awsError(400, 'UnknownOperationException', 'Only LookupEvents is served here.');
      if (answer.hang) return;
      const body = answer.fixture ? readFixture(answer.fixture) : Buffer.from(answer.body ?? '');
      outgoing.writeHead(answer.status ?? 200, {
        'Content-Type': 'application/x-amz-json-1.1',
        'Content-Length': String(body.length),
        'x-amzn-RequestId': randomUUID(),
        Date: new Date().toUTCString(),
        ...answer.headers,
      });
      outgoing.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    unexpected,
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
