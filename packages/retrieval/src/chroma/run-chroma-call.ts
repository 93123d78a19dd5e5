import { ApiCallError, TimeoutError } from '@triagekit/core';
import type { ChromaClient } from 'chromadb';
import { callWithDeadline } from './call-with-deadline.js';
import type { ChromaConnection } from './chroma-connection.js';
import { retryWithBackoff, type Sleep } from './retry-with-backoff.js';
import { toChromaApiError } from './to-chroma-api-error.js';

/** How calls to Chroma are bounded: the store's timeout and retry options. */
export interface ChromaCallPolicy {
  readonly connection: ChromaConnection;
  /** Per attempt, in milliseconds. */
  readonly timeoutMs: number;
  readonly retries: number;
  readonly retryDelayMs: number;
  /** Waits between attempts; tests inject one. */
  readonly sleep?: Sleep;
}

/**
 * Runs one request (or short sequence) against Chroma under the store's policy: each attempt gets a fresh
 * client whose requests the attempt's deadline and the caller's signal cancel, failures that may pass
 * (connection errors, 5xx, 429, per-attempt timeouts) are retried with exponential backoff, and the final
 * failure is an `ApiCallError` or `TimeoutError` naming `operation` and the server.
 * @throws the caller's abort reason when aborted; `TimeoutError`; `ApiCallError`.
 */
export function runChromaCall<T>(
  policy: ChromaCallPolicy,
  operation: string,
  call: (client: ChromaClient) => Promise<T>,
  abortSignal: AbortSignal | undefined,
): Promise<T> {
  const context = { url: policy.connection.url, operation };
  return retryWithBackoff(
    () =>
      callWithDeadline(
        async (signal) => {
          try {
            return await call(policy.connection.client(signal));
          } catch (error) {
            throw toChromaApiError(error, context);
          }
        },
        {
          abortSignal,
          timeoutMs: policy.timeoutMs,
          operation: `${operation} (${policy.connection.url})`,
          hint: 'Raise `timeoutMs`, or check the Chroma server and its load.',
        },
      ),
    {
      retries: policy.retries,
      retryDelayMs: policy.retryDelayMs,
      abortSignal,
      sleep: policy.sleep,
      isRetryable: (error) =>
        TimeoutError.isInstance(error) || (ApiCallError.isInstance(error) && error.isRetryable),
    },
  );
}
