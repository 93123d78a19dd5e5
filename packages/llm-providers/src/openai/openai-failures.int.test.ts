import { AbortedError, ApiCallError, type LlmProviderV1 } from '@triagekit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { rejectionOf } from '../__fixtures__/expect-rejection.js';
import {
  OPENAI_TEST_API_KEY,
  type OpenAiReplayServer,
  type OpenAiReplayServerOptions,
  openAiError,
  startOpenAiReplayServer,
} from '../__fixtures__/openai-replay-server.js';
import { recordingRetry } from '../__fixtures__/recording-sleep.js';
import { findClosedPort } from '../__fixtures__/replay-http-server.js';
import { abortableSleep } from '../retry/abortable-sleep.js';
import { createOpenAiProvider } from './create-openai-provider.js';
import type { OpenAiProviderOptions } from './openai-provider-options.js';

let server: OpenAiReplayServer | undefined;

async function serve(options: OpenAiReplayServerOptions = {}): Promise<OpenAiReplayServer> {
  server = await startOpenAiReplayServer(options);
  return server;
}

function provider(options: Partial<OpenAiProviderOptions> = {}): LlmProviderV1 {
  return createOpenAiProvider({
    model: 'gpt-4o-mini',
    apiKey: OPENAI_TEST_API_KEY,
    baseURL: server?.baseURL ?? '',
    ...options,
  });
}

const call = {
  messages: [{ role: 'user', content: 'Summarise the incident.' }],
  maxOutputTokens: 100,
} as const;

async function apiCallError(promise: Promise<unknown>): Promise<ApiCallError> {
  const error = await rejectionOf(promise);
  expect(ApiCallError.isInstance(error)).toBe(true);
  return error as ApiCallError;
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('retries', () => {
  it('waits as long as retry-after asks after a 429, then succeeds: exactly two requests', async () => {
    const replay = await serve({
      script: [
        { status: 429, headers: { 'retry-after': '1' }, fixture: 'openai/error-rate-limit.json' },
        undefined,
      ],
    });
    const retry = recordingRetry();
    const result = await provider({ retry }).doGenerate(call);
    expect(result.text).toBe('OK');
    expect(replay.requests).toHaveLength(2);
    expect(retry.delays).toEqual([1000]);
    expect(result.warnings).toEqual(['answered on attempt 2 after retryable failures']);
  });

  it('prefers retry-after-ms over retry-after', async () => {
    await serve({
      script: [
        {
          status: 429,
          headers: { 'retry-after-ms': '250', 'retry-after': '1' },
          fixture: 'openai/error-rate-limit.json',
        },
        undefined,
      ],
    });
    const retry = recordingRetry();
    await provider({ retry }).doGenerate(call);
    expect(retry.delays).toEqual([250]);
  });

  it('backs off exponentially when the server names no delay', async () => {
    const replay = await serve({
      script: [
        { status: 503, body: 'upstream connect error' },
        { status: 502, body: 'bad gateway' },
        undefined,
      ],
    });
    // Jitter at its minimum: half of 500 ms, then half of 1000 ms.
    const retry = recordingRetry(0);
    await provider({ retry }).doGenerate(call);
    expect(replay.requests).toHaveLength(3);
    expect(retry.delays).toEqual([250, 500]);
  });

  it('stops at maxRetries and reports the last failure with the provider message', async () => {
    const replay = await serve({ script: [{ status: 500, fixture: 'openai/error-server.json' }] });
    const retry = recordingRetry();
    const error = await apiCallError(provider({ retry, maxRetries: 2 }).doGenerate(call));
    expect(replay.requests).toHaveLength(3);
    expect(retry.delays).toHaveLength(2);
    expect(error).toMatchObject({
      statusCode: 500,
      isRetryable: true,
      url: `${replay.baseURL}/chat/completions`,
    });
    expect(error.message).toBe(
      `OpenAI answered HTTP 500 (server_error) at ${replay.baseURL}/chat/completions: The server had an error ` +
        'while processing your request. Sorry about that! Gave up after 3 attempts.',
    );
  });

  it('does not retry a 400, and quotes why the request was rejected', async () => {
    const replay = await serve({ script: [{ status: 400, fixture: 'openai/error-invalid-schema.json' }] });
    const error = await apiCallError(
      provider({ retry: recordingRetry() }).doGenerate({
        ...call,
        responseFormat: { type: 'json', schema: { type: 'object' } },
      }),
    );
    expect(replay.requests).toHaveLength(1);
    expect(error.isRetryable).toBe(false);
    expect(error.statusCode).toBe(400);
    expect(error.message).toContain("Invalid schema for response_format 'triage_summary'");
  });

  it('does not retry a 429 for an exhausted quota', async () => {
    const replay = await serve({
      script: [{ status: 429, fixture: 'openai/error-insufficient-quota.json' }],
    });
    const error = await apiCallError(provider({ retry: recordingRetry() }).doGenerate(call));
    expect(replay.requests).toHaveLength(1);
    expect(error).toMatchObject({ statusCode: 429, isRetryable: false });
    expect(error.message).toContain('(insufficient_quota)');
  });

  it('follows x-should-retry: false on a 500', async () => {
    const replay = await serve({
      script: [{ status: 500, headers: { 'x-should-retry': 'false' }, fixture: 'openai/error-server.json' }],
    });
    const error = await apiCallError(provider({ retry: recordingRetry() }).doGenerate(call));
    expect(replay.requests).toHaveLength(1);
    expect(error.isRetryable).toBe(false);
  });

  it('gives up at once when retry-after asks for longer than maxRetryAfterMs', async () => {
    const replay = await serve({
      script: [{ status: 429, headers: { 'retry-after': '120' }, fixture: 'openai/error-rate-limit.json' }],
    });
    const retry = recordingRetry();
    const error = await apiCallError(
      provider({ retry: { ...retry, maxRetryAfterMs: 30_000 } }).doGenerate(call),
    );
    expect(replay.requests).toHaveLength(1);
    expect(retry.delays).toEqual([]);
    expect(error).toMatchObject({ statusCode: 429, isRetryable: true, retryAfterMs: 120_000 });
    expect(error.message).toContain('asked to retry after 120 s, longer than retry.maxRetryAfterMs (30 s)');
  });

  it('reads a retry-after HTTP date against the injected clock', async () => {
    await serve({
      script: [
        { status: 503, headers: { 'retry-after': 'Fri, 27 Nov 2026 07:00:03 GMT' }, body: 'maintenance' },
        undefined,
      ],
    });
    const retry = recordingRetry();
    await provider({ retry: { ...retry, now: () => Date.parse('2026-11-27T07:00:00Z') } }).doGenerate(call);
    expect(retry.delays).toEqual([3000]);
  });
});

describe('timeouts, aborts and broken answers', () => {
  it('abandons an attempt that does not answer within timeoutMs, and retries it', async () => {
    const replay = await serve({ script: [{ hang: true }] });
    const error = await apiCallError(
      provider({ timeoutMs: 300, maxRetries: 1, retry: recordingRetry() }).doGenerate(call),
    );
    expect(replay.requests).toHaveLength(2);
    await Promise.all(replay.requests.map((request) => request.abandoned));
    expect(error.isRetryable).toBe(true);
    expect(error.statusCode).toBeUndefined();
    expect(error.message).toBe(
      `OpenAI did not answer within 300 ms (timeoutMs) at ${replay.baseURL}/chat/completions. Gave up after 2 attempts.`,
    );
  });

  it('stops an in-flight request when the caller aborts, closing the connection', async () => {
    const replay = await serve({ script: [{ hang: true }] });
    const controller = new AbortController();
    const pending = provider({ timeoutMs: 60_000 }).doGenerate({ ...call, abortSignal: controller.signal });
    const request = await replay.request(0);
    controller.abort(new Error('incident closed'));
    const error = await rejectionOf(pending);
    expect(AbortedError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe('OpenAI chat completion (gpt-4o-mini) was aborted by the caller.');
    await request.abandoned;
    expect(replay.requests).toHaveLength(1);
  });

  it('stops waiting for a retry when the caller aborts during the backoff', async () => {
    const replay = await serve({
      script: [{ status: 429, headers: { 'retry-after': '20' }, fixture: 'openai/error-rate-limit.json' }],
    });
    const controller = new AbortController();
    let waiting: () => void = () => {};
    const started = new Promise<void>((resolve) => {
      waiting = resolve;
    });
    const sleep = (milliseconds: number, signal: AbortSignal | undefined) => {
      waiting();
      return abortableSleep(milliseconds, signal);
    };
    const pending = provider({ retry: { sleep } }).doGenerate({ ...call, abortSignal: controller.signal });
    await started;
    controller.abort();
    expect(AbortedError.isInstance(await rejectionOf(pending))).toBe(true);
    expect(replay.requests).toHaveLength(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const replay = await serve();
    const controller = new AbortController();
    controller.abort();
    const error = await rejectionOf(provider().doGenerate({ ...call, abortSignal: controller.signal }));
    expect(AbortedError.isInstance(error)).toBe(true);
    expect(replay.requests).toHaveLength(0);
  });

  it('reports a body that is not JSON without retrying', async () => {
    const replay = await serve({
      script: [
        {
          headers: { 'content-type': 'application/json' },
          body: '{"id":"chatcmpl-CXf4k","object":"chat.comp',
        },
      ],
    });
    const error = await apiCallError(provider({ retry: recordingRetry() }).doGenerate(call));
    expect(replay.requests).toHaveLength(1);
    expect(error.isRetryable).toBe(false);
    expect(error.message).toContain('answered with a body that is not valid JSON');
  });

  it('reports an HTML page where an API answer was expected', async () => {
    await serve({
      script: [{ headers: { 'content-type': 'text/html' }, body: '<html><body>Sign in</body></html>' }],
    });
    const error = await apiCallError(provider({ retry: recordingRetry() }).doGenerate(call));
    expect(error.message).toContain(
      'gave an unexpected answer: a text body instead of JSON ("<html><body>Sign in',
    );
  });

  it('retries an unreachable server, then names the connection error', async () => {
    const port = await findClosedPort();
    const retry = recordingRetry();
    const error = await apiCallError(
      provider({ baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 1, retry }).doGenerate(call),
    );
    expect(retry.delays).toHaveLength(1);
    expect(error.isRetryable).toBe(true);
    expect(error.message).toMatch(
      /^OpenAI at http:\/\/127\.0\.0\.1:\d+\/v1\/chat\/completions is unreachable \(ECONNREFUSED\)/,
    );
  });

  it('never puts the API key into an error, even when the server echoes it', async () => {
    const key = 'sk-proj-Zq8Wm3Lp9Xv2Rt6Yn1Bc4Hd7Kf0Js5Ga8Ue2Oi9';
    await serve({
      apiKey: key,
      script: [
        openAiError(401, `Incorrect API key provided: ${key}.`, 'invalid_request_error', 'invalid_api_key'),
      ],
    });
    const error = await apiCallError(provider({ apiKey: key, retry: recordingRetry() }).doGenerate(call));
    expect(error.statusCode).toBe(401);
    expect(error.message).not.toContain(key);
    expect(error.message).toContain('Incorrect API key provided: [REDACTED:api-key]');
    expect(error.message).toContain('Check the API key');
    expect(error.url).not.toContain(key);
  });
});
