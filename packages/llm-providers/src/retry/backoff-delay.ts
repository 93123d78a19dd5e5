import type { ResolvedRetryPolicy } from './retry-options.js';

/**
 * How long to wait before retry number `retryIndex + 1`, in milliseconds. A delay the server asked for
 * (`retryAfterMs`) is used as it is; otherwise exponential backoff (`initialDelayMs * 2^retryIndex`, capped at
 * `maxDelayMs`) with "equal jitter": half of it fixed, half random, so that many clients throttled at the same
 * moment do not all come back at the same moment.
 */
export function backoffDelay(
  policy: Pick<ResolvedRetryPolicy, 'initialDelayMs' | 'maxDelayMs' | 'random'>,
  retryIndex: number,
  retryAfterMs: number | undefined,
): number {
  if (retryAfterMs !== undefined) return retryAfterMs;
  const exponential = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** retryIndex);
  return Math.round(exponential / 2 + (exponential / 2) * policy.random());
}
