import type { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import type { Clock } from '../rate-limit/clock.js';
import type { TokenBucket } from '../rate-limit/token-bucket.js';
import { BudgetExhausted } from './budget-exhausted.js';

/** What every LookupEvents call of one `doCollect` shares: signals, budget, timeouts and retry policy. */
export interface LookupSession {
  readonly clock: Clock;
  /** Uniform in [0, 1): spreads retries of concurrent callers (backoff jitter). */
  readonly random: () => number;
  /** The pipeline's signal: when it aborts, everything stops and `doCollect` rejects with its reason. */
  readonly callerSignal: AbortSignal;
  /** Aborts on the caller's signal or when the time budget runs out: in-flight calls stop either way. */
  readonly signal: AbortSignal;
  /** `clock.now()` value after which no call or wait may start. */
  readonly deadline: number;
  /** Per attempt, headers and body included, in milliseconds. */
  readonly requestTimeoutMs: number;
  /** Further attempts after a retryable failure. */
  readonly retries: number;
  /** First backoff, in milliseconds; doubles per retry up to `maxRetryDelayMs`, then jittered. */
  readonly retryDelayMs: number;
  readonly maxRetryDelayMs: number;
}

/** One region to read: its name, client and rate limiter. */
export interface RegionTarget {
  readonly region: string;
  readonly client: CloudTrailClient;
  readonly bucket: TokenBucket;
}

/**
 * Rethrows what stopped the session: the caller's abort reason first, then {@link BudgetExhausted} when
 * only the time budget ran out. Does nothing while neither happened.
 */
export function throwIfStopped(session: LookupSession): void {
  session.callerSignal.throwIfAborted();
  if (session.signal.aborted) throw new BudgetExhausted();
}
