import { setTimeout as delay } from 'node:timers/promises';

/**
 * Where the collector reads the time and waits: the rate limiter, the retry backoff and the time budget
 * all go through it, so that tests can replace it with a manual clock and assert on the waits instead of
 * on elapsed wall time.
 */
export interface Clock {
  /** The current time in milliseconds (any fixed origin; only differences are used). */
  now(): number;
  /**
   * Resolves after `milliseconds`, or rejects with the signal's reason as soon as `signal` aborts (an
   * aborted wait keeps no timer alive).
   */
  sleep(milliseconds: number, signal: AbortSignal): Promise<void>;
}

/** The real clock: `performance.now()` and an abortable timer. */
export const systemClock: Clock = {
  now: () => performance.now(),
  async sleep(milliseconds, signal) {
    try {
      await delay(milliseconds, undefined, { signal });
    } catch (error) {
      // node:timers rejects with its own AbortError; callers expect the reason they aborted with.
      signal.throwIfAborted();
      throw error;
    }
  },
};
