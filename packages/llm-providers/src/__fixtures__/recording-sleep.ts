import type { RetryOptions } from '../retry/retry-options.js';

/** A sleep that returns at once and remembers every delay it was asked for, plus fixed jitter. */
export interface RecordingRetry extends Required<Pick<RetryOptions, 'sleep' | 'random'>> {
  /** Every delay asked for, in milliseconds, oldest first. */
  readonly delays: number[];
}

/** Retry options for tests: no real waiting, and jitter fixed at `random` (default 0). */
export function recordingRetry(random = 0): RecordingRetry {
  const delays: number[] = [];
  return {
    delays,
    sleep: async (milliseconds, signal) => {
      signal?.throwIfAborted();
      delays.push(milliseconds);
    },
    random: () => random,
  };
}
