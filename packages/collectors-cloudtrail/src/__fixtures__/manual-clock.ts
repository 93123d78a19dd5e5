import type { Clock } from '../rate-limit/clock.js';

/**
 * A clock that only moves when something sleeps on it: `sleep(ms)` records `ms` and advances the time at
 * once. Tests assert on `sleeps` (what the rate limiter and backoff asked for), never on elapsed time.
 */
export class ManualClock implements Clock {
  time = 0;
  readonly sleeps: number[] = [];

  now(): number {
    return this.time;
  }

  async sleep(milliseconds: number, signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    this.sleeps.push(milliseconds);
    this.time += milliseconds;
  }
}
