import { setTimeout as delay } from 'node:timers/promises';

/**
 * Waits `milliseconds`, or rejects with the signal's reason as soon as `signal` aborts (the timer is
 * cleared, so an aborted wait keeps nothing alive).
 */
export async function sleep(milliseconds: number, signal: AbortSignal): Promise<void> {
  try {
    await delay(milliseconds, undefined, { signal });
  } catch (error) {
    // node:timers rejects with its own AbortError; callers expect the reason they aborted with.
    signal.throwIfAborted();
    throw error;
  }
}
