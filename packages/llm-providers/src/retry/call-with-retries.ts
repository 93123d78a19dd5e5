import { AbortedError, ApiCallError } from '@triagekit/core';
import { backoffDelay } from './backoff-delay.js';
import { raceWithSignal } from './race-with-signal.js';
import type { ResolvedRetryPolicy } from './retry-options.js';

/** What one attempt is given. */
export interface AttemptContext {
  /** Aborts when the caller aborts or this attempt's timeout expires; pass it to the SDK. */
  readonly signal: AbortSignal;
  /** 0 for the first attempt. */
  readonly attemptIndex: number;
}

/** Why an attempt failed, as far as the failure mapper needs to know. */
export interface FailureContext {
  /** This attempt's own timeout expired (as opposed to any other failure). */
  readonly timedOut: boolean;
}

/** The fields of the `ApiCallError` an attempt's failure turns into. */
export type ApiCallErrorFields = ConstructorParameters<typeof ApiCallError>[0];

/** How {@link callWithRetries} runs one logical call. */
export interface CallPolicy {
  /** Names the call in messages, e.g. `OpenAI chat completion (gpt-4o)`. */
  readonly operation: string;
  /** Per attempt, in milliseconds, response body included. */
  readonly timeoutMs: number;
  readonly retry: ResolvedRetryPolicy;
  /** The caller's signal: aborting it ends the call (in flight or waiting) with an `AbortedError`. */
  readonly abortSignal: AbortSignal | undefined;
  /** Turns whatever an attempt threw into the fields of an `ApiCallError` (message already scrubbed). */
  readonly describeFailure: (error: unknown, context: FailureContext) => ApiCallErrorFields;
}

/** The value of the successful attempt and how many attempts it took. */
export interface CallOutcome<T> {
  readonly value: T;
  /** 1 when the first attempt succeeded. */
  readonly attempts: number;
}

function aborted(policy: CallPolicy): AbortedError {
  return new AbortedError({ operation: policy.operation, cause: policy.abortSignal?.reason });
}

function finalError(fields: ApiCallErrorFields, attempts: number, extra = ''): ApiCallError {
  const tries = attempts > 1 ? ` Gave up after ${attempts} attempts.` : '';
  return new ApiCallError({ ...fields, message: `${fields.message}${extra}${tries}` });
}

/**
 * Runs `attempt` until it succeeds, at most `1 + retry.maxRetries` times. Each attempt gets its own timeout.
 * A failure is retried only when it is retryable (408, 409, 429, 5xx, timeouts, connection errors, or what
 * the server's `x-should-retry` says) and the server did not ask to wait longer than `retry.maxRetryAfterMs`;
 * the wait is the server's `retry-after` or exponential backoff with jitter.
 * @throws AbortedError as soon as `abortSignal` aborts, whether an attempt is in flight or a backoff is
 * running (an already-aborted signal makes no attempt at all).
 * @throws ApiCallError with the last failure when no attempt succeeded.
 */
export async function callWithRetries<T>(
  policy: CallPolicy,
  attempt: (context: AttemptContext) => Promise<T>,
): Promise<CallOutcome<T>> {
  const { abortSignal, retry } = policy;
  if (abortSignal?.aborted) throw aborted(policy);
  for (let attemptIndex = 0; ; attemptIndex += 1) {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), policy.timeoutMs);
    const signal = abortSignal ? AbortSignal.any([abortSignal, timeout.signal]) : timeout.signal;
    let fields: ApiCallErrorFields;
    try {
      // The race guarantees a prompt return even if an injected client ignores the signal.
      const value = await raceWithSignal(attempt({ signal, attemptIndex }), signal);
      return { value, attempts: attemptIndex + 1 };
    } catch (error) {
      if (abortSignal?.aborted) throw aborted(policy);
      fields = policy.describeFailure(error, { timedOut: timeout.signal.aborted });
    } finally {
      clearTimeout(timer);
    }
    const failure = new ApiCallError(fields);
    const attempts = attemptIndex + 1;
    if (!failure.isRetryable || attemptIndex >= retry.maxRetries) {
      throw finalError({ ...fields, isRetryable: failure.isRetryable }, attempts);
    }
    if (failure.retryAfterMs !== undefined && failure.retryAfterMs > retry.maxRetryAfterMs) {
      const seconds = Math.ceil(failure.retryAfterMs / 1000);
      const limit = Math.ceil(retry.maxRetryAfterMs / 1000);
      throw finalError(
        { ...fields, isRetryable: true },
        attempts,
        ` The server asked to retry after ${seconds} s, longer than retry.maxRetryAfterMs (${limit} s); not waiting.`,
      );
    }
    try {
      await retry.sleep(backoffDelay(retry, attemptIndex, failure.retryAfterMs), abortSignal);
    } catch (error) {
      if (abortSignal?.aborted) throw aborted(policy);
      throw error;
    }
    if (abortSignal?.aborted) throw aborted(policy);
  }
}
