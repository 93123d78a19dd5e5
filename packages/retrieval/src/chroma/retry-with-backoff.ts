/** Waits `milliseconds`, or rejects with the signal's reason as soon as it aborts. */
export type Sleep = (milliseconds: number, abortSignal?: AbortSignal) => Promise<void>;

/** Options of {@link retryWithBackoff}. */
export interface RetryWithBackoffOptions {
  /** Further attempts after the first, a non-negative integer. */
  readonly retries: number;
  /** Wait before the first retry, in milliseconds; doubles before each further retry. */
  readonly retryDelayMs: number;
  /** Whether a failure may pass on another attempt. */
  readonly isRetryable: (error: unknown) => boolean;
  readonly abortSignal?: AbortSignal;
  /** How to wait between attempts. Default: a timer that the signal cancels. Tests pass their own. */
  readonly sleep?: Sleep;
}

/**
 * Calls `attempt` until it succeeds, it fails with an error that is not retryable, or `retries` further
 * attempts have failed; waits `retryDelayMs`, then twice as long, and so on, between attempts.
 * @throws the last attempt's error; the signal's reason when aborted (also while waiting).
 */
export async function retryWithBackoff<T>(
  attempt: () => Promise<T>,
  options: RetryWithBackoffOptions,
): Promise<T> {
  const sleep = options.sleep ?? abortableSleep;
  for (let retry = 0; ; retry += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (options.abortSignal?.aborted) throw options.abortSignal.reason;
      if (retry >= options.retries || !options.isRetryable(error)) throw error;
    }
    await sleep(options.retryDelayMs * 2 ** retry, options.abortSignal);
  }
}

/** The default {@link Sleep}: a timer, cleared when the signal aborts. */
export function abortableSleep(milliseconds: number, abortSignal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (abortSignal?.aborted) {
      reject(abortSignal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortSignal?.reason);
    };
    const timer = setTimeout(() => {
      abortSignal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    abortSignal?.addEventListener('abort', onAbort, { once: true });
  });
}
