import type { Clock } from './clock.js';

/** Options of {@link TokenBucket}. */
export interface TokenBucketOptions {
  /** Tokens added per second: the sustained request rate. */
  readonly ratePerSecond: number;
  /** Most tokens held at once: how many requests may go out back to back after a pause. */
  readonly capacity: number;
  readonly clock: Clock;
}

/**
 * A token bucket: each request takes one token; tokens come back at `ratePerSecond`, up to `capacity`.
 *
 * Takers reserve their token before waiting (the balance may go negative), so concurrent takers queue
 * fairly and each waits exactly until its own token is due; with a capacity of 1 and 2 tokens per second,
 * requests are spaced 500 ms apart however they arrive.
 */
export class TokenBucket {
  private readonly ratePerMillisecond: number;
  private readonly capacity: number;
  private readonly clock: Clock;
  private tokens: number;
  private updatedAt: number;

  constructor(options: TokenBucketOptions) {
    this.ratePerMillisecond = options.ratePerSecond / 1000;
    this.capacity = options.capacity;
    this.clock = options.clock;
    this.tokens = options.capacity;
    this.updatedAt = options.clock.now();
  }

  /** Milliseconds until a token would be available if one were asked for now (0 when one is). */
  waitTime(): number {
    this.refill();
    return this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) / this.ratePerMillisecond);
  }

  /**
   * Takes one token, waiting for it when none is left. Returns `false` without taking anything when the
   * wait would end after `deadline` (a `clock.now()` value). Rejects with the signal's reason when
   * `signal` aborts during the wait; the reserved token is then given back.
   */
  async take(signal: AbortSignal, deadline = Number.POSITIVE_INFINITY): Promise<boolean> {
    signal.throwIfAborted();
    const wait = this.waitTime();
    if (this.clock.now() + wait > deadline) return false;
    this.tokens -= 1;
    if (wait === 0) return true;
    try {
      await this.clock.sleep(wait, signal);
    } catch (error) {
      this.tokens += 1;
      throw error;
    }
    return true;
  }

  private refill(): void {
    const now = this.clock.now();
    this.tokens = Math.min(this.capacity, this.tokens + (now - this.updatedAt) * this.ratePerMillisecond);
    this.updatedAt = now;
  }
}
