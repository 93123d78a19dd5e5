import { TimeoutError } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { callWithDeadline } from './call-with-deadline.js';

/** An operation that never settles on its own, and records whether its signal aborted. */
function hangingOperation() {
  const seen: { signal?: AbortSignal } = {};
  const operation = (signal: AbortSignal): Promise<never> => {
    seen.signal = signal;
    return new Promise<never>(() => {});
  };
  return { operation, seen };
}

describe('callWithDeadline', () => {
  it('returns what the operation returns, and passes it a live signal', async () => {
    let received: AbortSignal | undefined;
    const result = await callWithDeadline(
      async (signal) => {
        received = signal;
        return 42;
      },
      { timeoutMs: 60_000, operation: 'test' },
    );
    expect(result).toBe(42);
    expect(received?.aborted).toBe(false);
  });

  it('rejects with the operation’s own error', async () => {
    const failure = new Error('boom');
    await expect(
      callWithDeadline(
        async () => {
          throw failure;
        },
        { timeoutMs: 60_000, operation: 'test' },
      ),
    ).rejects.toBe(failure);
  });

  it('turns a synchronous throw into a rejection', async () => {
    const failure = new Error('sync');
    const operation = (): Promise<never> => {
      throw failure;
    };
    await expect(callWithDeadline(operation, { timeoutMs: 60_000, operation: 'test' })).rejects.toBe(failure);
  });

  it('rejects with a TimeoutError naming the operation and aborts the operation’s signal', async () => {
    const { operation, seen } = hangingOperation();
    const error = await callWithDeadline(operation, {
      timeoutMs: 5,
      operation: 'Chroma query',
      hint: 'Raise it.',
    }).catch((caught: unknown) => caught);
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect((error as TimeoutError).message).toBe('Chroma query did not finish within 5 ms. Raise it.');
    expect(seen.signal?.aborted).toBe(true);
  });

  it('rejects with the caller’s reason when the caller aborts, even if the operation ignores its signal', async () => {
    const controller = new AbortController();
    const { operation, seen } = hangingOperation();
    const pending = callWithDeadline(operation, {
      abortSignal: controller.signal,
      timeoutMs: 60_000,
      operation: 'test',
    });
    const reason = new Error('user cancelled');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(seen.signal?.reason).toBe(reason);
  });

  it('does not start the operation when the signal already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('too late'));
    let started = false;
    await expect(
      callWithDeadline(
        async () => {
          started = true;
        },
        { abortSignal: controller.signal, timeoutMs: 60_000, operation: 'test' },
      ),
    ).rejects.toThrow('too late');
    expect(started).toBe(false);
  });
});
