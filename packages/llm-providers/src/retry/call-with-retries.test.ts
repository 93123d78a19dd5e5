import { AbortedError, ApiCallError } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { rejectionOf } from '../__fixtures__/expect-rejection.js';
import { recordingRetry } from '../__fixtures__/recording-sleep.js';
import { type CallPolicy, callWithRetries } from './call-with-retries.js';
import { resolveRetryPolicy } from './retry-options.js';

class StatusFailure extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterMs?: number,
  ) {
    super(`HTTP ${status}`);
  }
}

function policy(overrides: Partial<CallPolicy> = {}, maxRetries = 2) {
  const retry = recordingRetry();
  return {
    retry,
    policy: {
      operation: 'test call',
      timeoutMs: 5_000,
      retry: resolveRetryPolicy(maxRetries, retry),
      abortSignal: undefined,
      describeFailure: (error: unknown, { timedOut }: { timedOut: boolean }) =>
        timedOut
          ? { message: 'timed out', url: 'http://model.test/v1', isRetryable: true }
          : {
              message: (error as Error).message,
              url: 'http://model.test/v1',
              statusCode: (error as StatusFailure).status,
              ...((error as StatusFailure).retryAfterMs === undefined
                ? {}
                : { retryAfterMs: (error as StatusFailure).retryAfterMs }),
            },
      ...overrides,
    } satisfies CallPolicy,
  };
}

function script(...steps: (number | 'ok')[]) {
  let calls = 0;
  const attempt = async () => {
    const step = steps[Math.min(calls, steps.length - 1)];
    calls += 1;
    if (step === 'ok') return 'answer';
    throw new StatusFailure(step as number);
  };
  return { attempt, calls: () => calls };
}

describe('callWithRetries', () => {
  it('returns the first success and counts the attempts', async () => {
    const { policy: callPolicy, retry } = policy();
    const steps = script(503, 429, 'ok');
    await expect(callWithRetries(callPolicy, steps.attempt)).resolves.toEqual({
      value: 'answer',
      attempts: 3,
    });
    expect(retry.delays).toHaveLength(2);
  });

  it('retries 408, 409, 429 and 5xx, and nothing else', async () => {
    for (const status of [408, 409, 429, 500, 529]) {
      const steps = script(status, 'ok');
      await callWithRetries(policy().policy, steps.attempt);
      expect(steps.calls(), `HTTP ${status}`).toBe(2);
    }
    for (const status of [400, 401, 403, 404, 422]) {
      const steps = script(status, 'ok');
      const error = await rejectionOf(callWithRetries(policy().policy, steps.attempt));
      expect(steps.calls(), `HTTP ${status}`).toBe(1);
      expect((error as ApiCallError).isRetryable).toBe(false);
    }
  });

  it('makes at most 1 + maxRetries attempts and says how many it made', async () => {
    const steps = script(500);
    const error = await rejectionOf(callWithRetries(policy({}, 3).policy, steps.attempt));
    expect(steps.calls()).toBe(4);
    expect(ApiCallError.isInstance(error)).toBe(true);
    expect((error as ApiCallError).message).toBe('HTTP 500 Gave up after 4 attempts.');
  });

  it('makes exactly one attempt with maxRetries 0', async () => {
    const steps = script(500);
    await rejectionOf(callWithRetries(policy({}, 0).policy, steps.attempt));
    expect(steps.calls()).toBe(1);
  });

  it('gives each attempt its own timeout and tells the mapper it timed out', async () => {
    const { policy: callPolicy } = policy({ timeoutMs: 20 }, 1);
    let attempts = 0;
    const error = await rejectionOf(
      callWithRetries(callPolicy, ({ signal }) => {
        attempts += 1;
        return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      }),
    );
    expect(attempts).toBe(2);
    expect((error as ApiCallError).message).toBe('timed out Gave up after 2 attempts.');
  });

  it('rejects with AbortedError, without an attempt, when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('shutdown'));
    const steps = script('ok');
    const error = await rejectionOf(
      callWithRetries(policy({ abortSignal: controller.signal }).policy, steps.attempt),
    );
    expect(AbortedError.isInstance(error)).toBe(true);
    expect((error as Error).cause).toEqual(new Error('shutdown'));
    expect(steps.calls()).toBe(0);
  });

  it('returns promptly on abort even when the attempt ignores its signal', async () => {
    const controller = new AbortController();
    const pending = callWithRetries(
      policy({ abortSignal: controller.signal }).policy,
      () => new Promise(() => {}),
    );
    controller.abort();
    expect(AbortedError.isInstance(await rejectionOf(pending))).toBe(true);
  });
});
