import { setTimeout as delay } from 'node:timers/promises';

/** Waits `milliseconds`, or rejects with the signal's reason as soon as `signal` aborts. */
export type Sleep = (milliseconds: number, signal: AbortSignal) => Promise<void>;

/** The real {@link Sleep}: the timer is cleared on abort, so an aborted wait keeps nothing alive. */
export const sleep: Sleep = async (milliseconds, signal) => {
  try {
    await delay(milliseconds, undefined, { signal });
  } catch (error) {
    // node:timers rejects with its own AbortError; callers expect the reason they aborted with.
    signal.throwIfAborted();
    throw error;
  }
};
