import { ApiException } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { callKubernetes } from './call-kubernetes.js';
import { KubernetesRequestError } from './kubernetes-request-error.js';
import type { RequestSettings } from './request-settings.js';

function settings(overrides: Partial<RequestSettings> = {}) {
  const waits: number[] = [];
  return {
    waits,
    settings: {
      signal: new AbortController().signal,
      timeoutMs: 5000,
      retries: 2,
      retryDelayMs: 100,
      maxRetryAfterMs: 30_000,
      sleep: async (milliseconds: number) => {
        waits.push(milliseconds);
      },
      ...overrides,
    } satisfies RequestSettings,
  };
}

function status(code: number, reason: string, headers: Record<string, string> = {}) {
  const body = JSON.stringify({
    kind: 'Status',
    status: 'Failure',
    message: `${reason} happened`,
    reason,
    code,
  });
  return new ApiException(code, 'Unknown API Status Code!', body, headers);
}

/** A send that answers from a script, one entry per attempt. */
function scripted(answers: readonly (string | Error)[]) {
  let attempts = 0;
  const send = async () => {
    const answer = answers[Math.min(attempts, answers.length - 1)];
    attempts += 1;
    if (answer instanceof Error) throw answer;
    return answer as string;
  };
  return { send, attempts: () => attempts };
}

async function failure(promise: Promise<unknown>): Promise<KubernetesRequestError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(KubernetesRequestError);
  return error as KubernetesRequestError;
}

describe('callKubernetes', () => {
  it('retries 429 and 5xx with doubling backoff, or as long as Retry-After says', async () => {
    const backoff = settings();
    const flaky = scripted([status(503, 'ServiceUnavailable'), status(500, 'InternalError'), 'ok']);
    expect(await callKubernetes(backoff.settings, flaky.send)).toBe('ok');
    expect(backoff.waits).toEqual([100, 200]);
    const limited = settings();
    const rateLimited = scripted([status(429, 'TooManyRequests', { 'retry-after': '3' }), 'ok']);
    expect(await callKubernetes(limited.settings, rateLimited.send)).toBe('ok');
    expect(limited.waits).toEqual([3000]);
  });

  it('gives up after the retries with the last answer and the attempt count', async () => {
    const { settings: run, waits } = settings({ retries: 1 });
    const error = await failure(callKubernetes(run, scripted([status(500, 'InternalError')]).send));
    expect(waits).toEqual([100]);
    expect(error).toMatchObject({
      statusCode: 500,
      reason: 'InternalError',
      attempts: 2,
      message: 'HTTP 500 InternalError: InternalError happened',
    });
  });

  it('does not retry other answers, nor wait longer than maxRetryAfterMs', async () => {
    const forbidden = scripted([status(403, 'Forbidden'), 'ok']);
    expect(await failure(callKubernetes(settings().settings, forbidden.send))).toMatchObject({
      statusCode: 403,
      isRetryable: false,
    });
    expect(forbidden.attempts()).toBe(1);
    const patient = settings({ maxRetryAfterMs: 5000 });
    const error = await failure(
      callKubernetes(
        patient.settings,
        scripted([status(429, 'TooManyRequests', { 'retry-after': '60' })]).send,
      ),
    );
    expect(error.message).toBe(
      'HTTP 429 TooManyRequests: TooManyRequests happened (asked to retry after 60 s, longer than maxRetryAfterMs allows)',
    );
    expect(patient.waits).toEqual([]);
  });

  it('times out an attempt that never answers', async () => {
    const error = await failure(
      callKubernetes(settings({ timeoutMs: 20 }).settings, () => new Promise<never>(() => {})),
    );
    expect(error).toMatchObject({ failureKind: 'timeout', message: 'no answer within 20 ms (timeoutMs)' });
  });

  it('rejects with the abort reason, also during a backoff wait', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    const { settings: run } = settings({
      signal: controller.signal,
      sleep: async () => {
        controller.abort(reason);
        controller.signal.throwIfAborted();
      },
    });
    await expect(callKubernetes(run, scripted([status(503, 'ServiceUnavailable')]).send)).rejects.toBe(
      reason,
    );
    await expect(callKubernetes(run, scripted(['ok']).send)).rejects.toBe(reason);
  });

  it('classifies malformed answers and transport failures', async () => {
    const malformed = await failure(
      callKubernetes(settings().settings, scripted([new SyntaxError('Unexpected end of JSON input')]).send),
    );
    expect(malformed).toMatchObject({
      failureKind: 'malformed-body',
      message: 'the answer could not be parsed (Unexpected end of JSON input)',
    });
    const reset = Object.assign(new Error('socket hang up'), { name: 'FetchError', code: 'ECONNRESET' });
    const { settings: run, waits } = settings();
    const network = await failure(callKubernetes(run, scripted([reset]).send));
    expect(network).toMatchObject({ failureKind: 'network', message: 'no answer (ECONNRESET)', attempts: 3 });
    expect(waits).toEqual([100, 200]);
    const plugin = await failure(
      callKubernetes(settings().settings, scripted([new Error('exec plugin: token expired')]).send),
    );
    expect(plugin).toMatchObject({
      failureKind: 'client',
      isRetryable: false,
      message: 'exec plugin: token expired',
    });
  });
});
