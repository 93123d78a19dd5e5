import type { Sleep } from '../internal/sleep.js';

/** How every request of one `doCollect` is made. */
export interface RequestSettings {
  /** The collect call's signal: aborting it stops every request in flight and every backoff wait. */
  readonly signal: AbortSignal;
  /** Per attempt, headers and body included, in milliseconds. */
  readonly timeoutMs: number;
  /** Further attempts after HTTP 429, 5xx or a connection reset. */
  readonly retries: number;
  /** Backoff before the first retry when the server names none, in milliseconds; doubles on each retry. */
  readonly retryDelayMs: number;
  /** The longest `Retry-After` honoured, in milliseconds; a longer one ends the retries. */
  readonly maxRetryAfterMs: number;
  readonly sleep: Sleep;
}
