import { CollectorError, type CollectorV1, InvalidInputError } from '@triagekit/core';
import {
  createSampleAlert,
  createSampleTimeWindow,
  describeCollectorV1Conformance,
} from '@triagekit/core/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  findClosedPort,
  type LokiReplayServer,
  type ReplayResponse,
  startLokiReplayServer,
} from '../__fixtures__/loki-replay-server.js';
import { createLokiLogCollector } from './loki-log-collector.js';
import type { LokiLogCollectorOptions } from './loki-log-collector-options.js';

const window = createSampleTimeWindow();
const windowStart = '1772604000000000000';
// Loki's end is exclusive: one nanosecond past the window's (inclusive) end.
const windowEnd = '1772619300000000001';
const query = '{namespace="shop"}';

let server: LokiReplayServer | undefined;

async function serve(script: readonly ReplayResponse[]): Promise<LokiReplayServer> {
  server = await startLokiReplayServer(script);
  return server;
}

function createCollector(options: Partial<LokiLogCollectorOptions> = {}): CollectorV1 {
  return createLokiLogCollector({ baseUrl: server?.baseUrl ?? '', query, retryDelayMs: 10, ...options });
}

function collect(collector: CollectorV1, signal = new AbortController().signal, maxItems = 1000) {
  return collector.doCollect({ alert: createSampleAlert(), window, abortSignal: signal, maxItems });
}

async function failure(promise: Promise<unknown>): Promise<CollectorError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(CollectorError.isInstance(error)).toBe(true);
  return error as CollectorError;
}

afterEach(async () => {
  // Whatever a test did, nothing but reads of query_range may ever reach Loki.
  for (const request of server?.requests ?? []) {
    expect(request.method).toBe('GET');
    expect(request.path).toMatch(/^(\/gateway)?\/loki\/api\/v1\/query_range$/);
  }
  await server?.close();
  server = undefined;
});

describe('createLokiLogCollector', () => {
  it('asks for the window in nanoseconds, forward, and maps every stream entry to log evidence', async () => {
    const replay = await serve([{ fixture: 'query-range-shop.json' }]);
    const { evidence, warnings } = await collect(createCollector({ tenantId: 'shop-prod' }));
    expect(replay.requests).toHaveLength(1);
    expect(replay.requests[0]?.query).toEqual({
      query,
      start: windowStart,
      end: windowEnd,
      limit: '5000',
      direction: 'forward',
    });
    expect(replay.requests[0]?.headers['x-scope-orgid']).toBe('shop-prod');
    expect(warnings).toEqual([]);
    expect(evidence.map((item) => [item.time, item.service, item.severity])).toEqual([
      ['2026-03-04T09:58:00.123Z', 'payments-api', 'error'],
      ['2026-03-04T09:58:10.500Z', 'checkout', 'warning'],
      ['2026-03-04T09:59:01.000Z', 'payments-api', 'error'],
      ['2026-03-04T09:59:15.000Z', null, 'error'],
      ['2026-03-04T10:00:00.000Z', 'checkout', 'info'],
    ]);
    expect(evidence[0]).toMatchObject({
      kind: 'log',
      text: expect.stringContaining('payment authorization failed'),
      attributes: {
        stream: expect.stringContaining('service_name="payments-api"'),
        timestampNanoseconds: '1772618280123456789',
        format: 'json',
        traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
      },
    });
  });

  it('paginates by time across three pages, dropping the entries repeated at each boundary', async () => {
    const replay = await serve([
      { fixture: 'query-range-page-1.json' },
      { fixture: 'query-range-page-2.json' },
      { fixture: 'query-range-page-3.json' },
    ]);
    const { evidence, warnings } = await collect(createCollector({ pageLimit: 4 }));
    expect(warnings).toEqual([]);
    expect(replay.requests.map((request) => [request.query.start, request.query.limit])).toEqual([
      [windowStart, '4'],
      ['1772617830000000000', '4'],
      ['1772617850000000000', '4'],
    ]);
    expect(replay.requests.every((request) => request.query.end === windowEnd)).toBe(true);
    expect(evidence.map((item) => `${String(item.time).slice(11, 19)} ${item.service}`)).toEqual([
      '09:50:00 payments-api',
      '09:50:10 checkout',
      '09:50:20 payments-api',
      '09:50:30 payments-api',
      '09:50:30 checkout',
      '09:50:40 checkout',
      '09:50:50 payments-api',
      '09:51:00 payments-api',
    ]);
  });

  it('stops at maxLines with a warning', async () => {
    const replay = await serve([
      { fixture: 'query-range-page-1.json' },
      { fixture: 'query-range-page-2.json' },
    ]);
    const { evidence, warnings } = await collect(createCollector({ pageLimit: 4, maxLines: 5 }));
    expect(evidence).toHaveLength(5);
    expect(replay.requests).toHaveLength(2);
    expect(warnings).toEqual([
      expect.stringMatching(/^stopped at 5 entries \(maxLines\); entries after 2026-03-04T09:50:30/),
    ]);
  });

  it('keeps the most severe, then newest, entries over maxItems', async () => {
    await serve([{ fixture: 'query-range-shop.json' }]);
    const { evidence, warnings } = await collect(createCollector(), new AbortController().signal, 2);
    expect(evidence.map((item) => item.time)).toEqual([
      '2026-03-04T09:59:01.000Z',
      '2026-03-04T09:59:15.000Z',
    ]);
    expect(warnings).toEqual([expect.stringMatching(/^5 log entries in the window; kept the 2 most severe/)]);
  });

  it('waits as long as Retry-After asks after a 429, then succeeds', async () => {
    const replay = await serve([
      {
        status: 429,
        headers: { 'Retry-After': '1', 'Content-Type': 'text/plain' },
        body: 'too many outstanding requests',
      },
      { fixture: 'query-range-shop.json' },
    ]);
    const { evidence } = await collect(createCollector());
    expect(evidence).toHaveLength(5);
    expect(replay.requests).toHaveLength(2);
    const [first, second] = replay.requests;
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('retries a 500 and recovers', async () => {
    const replay = await serve([
      { status: 500, body: 'rpc error: code = Unavailable' },
      { fixture: 'query-range-shop.json' },
    ]);
    expect((await collect(createCollector())).evidence).toHaveLength(5);
    expect(replay.requests).toHaveLength(2);
  });

  it('gives up with a CollectorError after bounded retries of 500s', async () => {
    const replay = await serve([
      { status: 500, body: 'rpc error: code = Unavailable desc = transport is closing' },
    ]);
    const error = await failure(collect(createCollector({ retries: 2 })));
    expect(replay.requests).toHaveLength(3);
    expect(error.message).toContain('answered HTTP 500 on all 3 attempts: rpc error: code = Unavailable');
    expect(error.collectorId).toBe('loki');
  });

  it("reports bad LogQL with Loki's own message, without retrying", async () => {
    const replay = await serve([
      {
        status: 400,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        fixture: 'query-range-parse-error.txt',
      },
    ]);
    const error = await failure(collect(createCollector({ query: '{namespace=shop}' })));
    expect(replay.requests).toHaveLength(1);
    expect(error.message).toBe(
      'Loki rejected the query (HTTP 400): parse error at line 1, col 12: syntax error: unexpected IDENTIFIER, ' +
        'expecting STRING. Check the LogQL query.',
    );
  });

  it('names the credentials problem on 401 and 403', async () => {
    await serve([{ status: 401, body: 'no org id\n' }]);
    const unauthorized = await failure(collect(createCollector()));
    expect(unauthorized.message).toMatch(
      /refused access \(HTTP 401 Unauthorized\): no org id\. Check the credentials/,
    );
    await server?.close();
    await serve([{ status: 403, body: '{"message":"permission denied"}' }]);
    const forbidden = await failure(
      collect(createCollector({ headers: { Authorization: 'Bearer read-only' } })),
    );
    expect(forbidden.message).toMatch(/HTTP 403 Forbidden\): permission denied/);
    expect(server?.requests[0]?.headers.authorization).toBe('Bearer read-only');
  });

  it('rejects malformed JSON and metric results with a CollectorError', async () => {
    await serve([{ fixture: 'query-range-truncated.txt', headers: { 'Content-Type': 'application/json' } }]);
    expect((await failure(collect(createCollector()))).message).toMatch(/answered with malformed JSON/);
    await server?.close();
    await serve([{ fixture: 'query-range-matrix.json' }]);
    expect((await failure(collect(createCollector()))).message).toMatch(
      /returned "matrix" instead of log streams/,
    );
  });

  it('keeps the pages already read when a later page fails', async () => {
    await serve([{ fixture: 'query-range-page-1.json' }, { status: 502, body: 'bad gateway' }]);
    const { evidence, warnings } = await collect(createCollector({ pageLimit: 4, retries: 0 }));
    expect(evidence).toHaveLength(4);
    expect(warnings).toEqual([
      expect.stringMatching(/^stopped after 4 entries, up to 2026-03-04T09:50:30.000Z: .*HTTP 502/),
    ]);
  });

  it('times out a hanging server with a CollectorError', async () => {
    await serve([{ hang: true }]);
    const started = Date.now();
    const error = await failure(collect(createCollector({ timeoutMs: 200 })));
    expect(error.message).toMatch(/did not answer within 200 ms \(timeoutMs\)/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('aborts the request in flight when the signal aborts', async () => {
    const replay = await serve([{ hang: true }]);
    const controller = new AbortController();
    const reason = new Error('run aborted');
    const pending = collect(createCollector({ timeoutMs: 60_000 }), controller.signal);
    const request = await replay.request(0);
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    await request.abandoned;
    expect(replay.requests).toHaveLength(1);
  });

  it('says the URL is unreachable when nothing listens', async () => {
    const port = await findClosedPort();
    const collector = createLokiLogCollector({ baseUrl: `http://127.0.0.1:${port}/`, query });
    const error = await failure(collect(collector));
    expect(error.message).toBe(
      `Loki at http://127.0.0.1:${port} is unreachable (ECONNREFUSED). Check baseUrl and that this machine can reach it.`,
    );
  });

  it('builds the query from the alert and moves URL credentials into a header', async () => {
    const replay = await serve([{ fixture: 'query-range-shop.json' }]);
    const baseUrl = (replay.baseUrl as string).replace('http://', 'http://reader:s3cret@');
    const collector = createLokiLogCollector({
      baseUrl: `${baseUrl}/gateway/`,
      query: (alert) => `{service_name="${alert.labels.service}"} |= "error"`,
    });
    expect((await collect(collector)).evidence).toHaveLength(5);
    expect(replay.requests[0]?.path).toBe('/gateway/loki/api/v1/query_range');
    expect(replay.requests[0]?.query.query).toBe('{service_name="payments"} |= "error"');
    expect(replay.requests[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from('reader:s3cret').toString('base64')}`,
    );
  });

  it('validates its options', () => {
    expect(() => createLokiLogCollector({ baseUrl: 'loki:3100', query })).toThrow(InvalidInputError);
    expect(() => createLokiLogCollector({ baseUrl: 'http://loki:3100', query: ' ', pageLimit: 0 })).toThrow(
      /query: must be a non-empty LogQL query[\s\S]*pageLimit: must be a positive integer/,
    );
  });
});

describe('Loki collector against the replay server', () => {
  let conformanceServer: LokiReplayServer;
  beforeAll(async () => {
    conformanceServer = await startLokiReplayServer([{ fixture: 'query-range-shop.json' }]);
  });
  afterAll(async () => {
    for (const request of conformanceServer.requests) expect(request.method).toBe('GET');
    await conformanceServer.close();
  });
  describeCollectorV1Conformance({
    name: 'Loki log collector',
    create: () => createLokiLogCollector({ baseUrl: conformanceServer.baseUrl, query }),
  });
});
