import { createServer, type Server } from 'node:http';
import { ApiCallError } from '@triagekit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { getJson } from './get-json.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

async function serve(answers: { status: number; body: string; headers?: Record<string, string> }[]) {
  const seen: string[] = [];
  server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    const answer = answers[Math.min(seen.length - 1, answers.length - 1)] ?? { status: 500, body: '' };
    response
      .writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
      .end(answer.body);
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { url: new URL(`http://127.0.0.1:${port}/api/v1/query_range?query=up`), seen };
}

function request(url: URL, sleeps: number[], retries = 2) {
  return getJson({
    url,
    serverName: url.origin,
    headers: {},
    timeoutMs: 5000,
    retries,
    retryDelayMs: 100,
    signal: new AbortController().signal,
    fetch,
    sleep: async (milliseconds) => {
      sleeps.push(milliseconds);
    },
  });
}

describe('getJson', () => {
  it('retries 429 honouring Retry-After, then 503 with backoff, then succeeds', async () => {
    const { url, seen } = await serve([
      {
        status: 429,
        body: '{"status":"error","errorType":"too_many","error":"slow down"}',
        headers: { 'retry-after': '2' },
      },
      { status: 503, body: 'unavailable' },
      { status: 200, body: '{"status":"success"}' },
    ]);
    const sleeps: number[] = [];
    expect(await request(url, sleeps)).toEqual({ status: 'success' });
    expect(sleeps).toEqual([2000, 200]);
    expect(seen).toEqual(Array(3).fill('GET /api/v1/query_range?query=up'));
  });

  it('does not retry a 400 and names the server error', async () => {
    const { url, seen } = await serve([
      { status: 400, body: '{"status":"error","errorType":"bad_data","error":"parse error"}' },
    ]);
    const error = await request(url, []).catch((caught: unknown) => caught);
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect((error as ApiCallError).message).toContain('HTTP 400: bad_data: parse error');
    expect(seen).toHaveLength(1);
  });

  it('stops after the last retry and reports malformed JSON without retrying', async () => {
    const failing = await serve([{ status: 500, body: '' }]);
    await expect(request(failing.url, [], 1)).rejects.toThrow(/HTTP 500/);
    expect(failing.seen).toHaveLength(2);
    await new Promise((resolve) => server?.close(resolve));
    const junk = await serve([{ status: 200, body: '<html>login</html>' }]);
    await expect(request(junk.url, [])).rejects.toThrow(/malformed JSON starting "<html>login/);
    expect(junk.seen).toHaveLength(1);
  });

  it('rejects with the abort reason when aborted during a request', async () => {
    server = createServer(() => {
      // Never answers.
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const controller = new AbortController();
    const pending = getJson({
      url: new URL(`http://127.0.0.1:${port}/api/v1/query_range`),
      serverName: 'test',
      headers: {},
      timeoutMs: 60_000,
      retries: 2,
      retryDelayMs: 100,
      signal: controller.signal,
      fetch,
      sleep: async () => {},
    });
    setTimeout(() => controller.abort(new Error('run aborted')), 50);
    await expect(pending).rejects.toThrow('run aborted');
    server.closeAllConnections();
  });
});
