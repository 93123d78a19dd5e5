import {
  LookupEventsCommand,
  type LookupEventsCommandInput,
  type LookupEventsCommandOutput,
} from '@aws-sdk/client-cloudtrail';
import { BudgetExhausted } from './budget-exhausted.js';
import { classifyLookupError } from './classify-lookup-error.js';
import { LookupFailure } from './lookup-failure.js';
import { type LookupSession, type RegionTarget, throwIfStopped } from './lookup-session.js';

function backoff(session: LookupSession, retry: number): number {
  const ceiling = Math.min(session.maxRetryDelayMs, session.retryDelayMs * 2 ** (retry - 1));
  // Equal jitter: at least half the exponential delay, so that a throttled account really slows down.
  return Math.round(ceiling / 2 + (session.random() * ceiling) / 2);
}

/**
 * Sends one `LookupEvents` request (the only CloudTrail operation this package calls), after taking a
 * token from the region's rate limiter. Each attempt gets its own `requestTimeoutMs`; retryable failures
 * (throttling, HTTP 429/5xx, timeouts, network errors) are retried up to `retries` times with exponential
 * backoff and jitter, each retry taking a new token. Rejects with a {@link LookupFailure} when retries run
 * out or the failure is not retryable, with {@link BudgetExhausted} when the time budget leaves no room for
 * the next attempt, and with the caller's abort reason as soon as the caller aborts.
 */
export async function sendLookupRequest(
  target: RegionTarget,
  input: LookupEventsCommandInput,
  session: LookupSession,
): Promise<LookupEventsCommandOutput> {
  for (let attempt = 1; ; attempt += 1) {
    let timeout: AbortSignal | undefined;
    try {
      if (!(await target.bucket.take(session.signal, session.deadline))) throw new BudgetExhausted();
      timeout = AbortSignal.timeout(session.requestTimeoutMs);
      return await target.client.send(new LookupEventsCommand(input), {
        abortSignal: AbortSignal.any([session.signal, timeout]),
      });
    } catch (error) {
      throwIfStopped(session);
      if (error instanceof BudgetExhausted) throw error;
      const classified = classifyLookupError(error, timeout?.aborted ?? false);
      if (!classified.retryable || attempt > session.retries) {
        throw new LookupFailure({
          error: classified,
          region: target.region,
          attempts: attempt,
          requestTimeoutMs: session.requestTimeoutMs,
          cause: error,
        });
      }
    }
    const delay = backoff(session, attempt);
    if (session.clock.now() + delay > session.deadline) throw new BudgetExhausted();
    try {
      await session.clock.sleep(delay, session.signal);
    } catch (error) {
      throwIfStopped(session);
      throw error;
    }
  }
}
