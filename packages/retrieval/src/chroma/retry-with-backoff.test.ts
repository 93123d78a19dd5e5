import { describe, expect, it } from 'vitest';
import { abortableSleep, retryWithBackoff } from './retry-with-backoff.js';

class Flaky extends Error {
  constructor(readonly retryable: boolean) {
    super(retryable ? 'flaky' : 'fatal');
  }
}

function script(outcomes: readonly (Flaky | string)[]) {
  let calls = 0;
  const attempt = async (): Promise<string> => {
    const outcome = outcomes[Math.min(calls, outcomes.length - 1)];
    calls += 1;
    if (outcome instanceof Flaky) throw outcome;
    return outcome ?? 'done';
  };
  return { attempt, calls: () => calls };
}

function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (milliseconds: number) => void waits.push(milliseconds) };
}

const isRetryable = (error: unknown): boolean => error instanceof Flaky && error.retryable;

describe('retryWithBackoff', () => {
  it('retries retryable failures with doubling delays until one succeeds', async () => {
    const { attempt, calls } = script([new Flaky(true), new Flaky(true), 'ok']);
    const { waits, sleep } = recordingSleep();
    await expect(
      retryWithBackoff(attempt, { retries: 3, retryDelayMs: 100, isRetryable, sleep }),
    ).resolves.toBe('ok');
    expect(calls()).toBe(3);
    expect(waits).toEqual([100, 200]);
  });

  it('gives up after `retries` further attempts with the last error', async () => {
    const last = new Flaky(true);
    const { attempt, calls } = script([new Flaky(true), new Flaky(true), last]);
    const { waits, sleep } = recordingSleep();
    await expect(
      retryWithBackoff(attempt, { retries: 2, retryDelayMs: 10, isRetryable, sleep }),
    ).rejects.toBe(last);
    expect(calls()).toBe(3);
    expect(waits).toEqual([10, 20]);
  });

  it('does not retry a failure that cannot pass', async () => {
    const fatal = new Flaky(false);
    const { attempt, calls } = script([fatal, 'ok']);
    const { waits, sleep } = recordingSleep();
    await expect(
      retryWithBackoff(attempt, { retries: 5, retryDelayMs: 10, isRetryable, sleep }),
    ).rejects.toBe(fatal);
    expect(calls()).toBe(1);
    expect(waits).toEqual([]);
  });

  it('stops with the abort reason instead of retrying once the signal aborted', async () => {
    const controller = new AbortController();
    const reason = new Error('caller gave up');
    let calls = 0;
    const attempt = async (): Promise<string> => {
      calls += 1;
      controller.abort(reason);
      throw new Flaky(true);
    };
    await expect(
      retryWithBackoff(attempt, { retries: 3, retryDelayMs: 1, isRetryable, abortSignal: controller.signal }),
    ).rejects.toBe(reason);
    expect(calls).toBe(1);
  });
});

describe('abortableSleep', () => {
  it('resolves after the wait', async () => {
    await expect(abortableSleep(1)).resolves.toBeUndefined();
  });

  it('rejects with the reason when the signal aborts during the wait or had already aborted', async () => {
    const controller = new AbortController();
    const waiting = abortableSleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    await expect(abortableSleep(1, controller.signal)).rejects.toThrow('stop');
  });
});
