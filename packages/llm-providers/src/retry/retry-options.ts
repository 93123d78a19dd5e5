import type { InputIssue } from '@triagekit/core';
import { checkNonNegativeInteger, checkPositiveInteger } from '../internal/option-checks.js';
import { abortableSleep } from './abortable-sleep.js';

/** Default further attempts after a retryable failure. */
export const DEFAULT_MAX_RETRIES = 2;
/** Default first backoff, in milliseconds, when the server names no delay. */
export const DEFAULT_INITIAL_RETRY_DELAY_MS = 500;
/** Default ceiling of one computed backoff, in milliseconds. */
export const DEFAULT_MAX_RETRY_DELAY_MS = 8_000;
/** Default longest server-requested wait (`retry-after`) that is honoured, in milliseconds. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 30_000;

/**
 * How failed calls are retried. The SDKs' own retries are always off (`maxRetries: 0` on every request), so
 * this loop is the only one: it is bounded, abortable and testable with an injected sleep and clock.
 */
export interface RetryOptions {
  /**
   * Longest server-requested wait (`retry-after-ms` / `retry-after`) that is honoured, in milliseconds.
   * A server asking for more ends the call at once with an `ApiCallError` carrying `retryAfterMs`, rather
   * than spending the incident's time budget waiting. Default 30,000.
   */
  readonly maxRetryAfterMs?: number;
  /** First backoff when the server names no delay, in milliseconds; doubles per retry. Default 500. */
  readonly initialDelayMs?: number;
  /** Ceiling of a computed backoff (before jitter), in milliseconds. Default 8,000. */
  readonly maxDelayMs?: number;
  /**
   * Waits `milliseconds`, rejecting as soon as `signal` aborts. Default: a timer. Tests inject a recorder
   * that resolves at once.
   */
  readonly sleep?: (milliseconds: number, signal: AbortSignal | undefined) => Promise<void>;
  /** Returns a number in [0, 1) for the jitter. Default `Math.random`. */
  readonly random?: () => number;
  /** The current time in epoch milliseconds, to read `retry-after` HTTP dates. Default `Date.now`. */
  readonly now?: () => number;
}

/** {@link RetryOptions} with every default filled in, plus the retry count. */
export interface ResolvedRetryPolicy {
  /** Further attempts after the first. */
  readonly maxRetries: number;
  /** Longest honoured `retry-after`, in milliseconds. */
  readonly maxRetryAfterMs: number;
  /** First computed backoff, in milliseconds. */
  readonly initialDelayMs: number;
  /** Ceiling of a computed backoff, in milliseconds. */
  readonly maxDelayMs: number;
  /** Waits, rejecting when the signal aborts. */
  readonly sleep: (milliseconds: number, signal: AbortSignal | undefined) => Promise<void>;
  /** Jitter source in [0, 1). */
  readonly random: () => number;
  /** Epoch milliseconds. */
  readonly now: () => number;
}

/** Issues with the `maxRetries` and `retry` options, named by their option paths. */
export function checkRetryOptions(maxRetries: unknown, retry: RetryOptions | undefined): InputIssue[] {
  return [
    ...checkNonNegativeInteger('maxRetries', maxRetries),
    ...checkNonNegativeInteger('retry.maxRetryAfterMs', retry?.maxRetryAfterMs),
    ...checkPositiveInteger('retry.initialDelayMs', retry?.initialDelayMs),
    ...checkPositiveInteger('retry.maxDelayMs', retry?.maxDelayMs),
  ];
}

/** Fills in the defaults. Call {@link checkRetryOptions} first. */
export function resolveRetryPolicy(
  maxRetries: number | undefined,
  retry: RetryOptions = {},
): ResolvedRetryPolicy {
  return {
    maxRetries: maxRetries ?? DEFAULT_MAX_RETRIES,
    maxRetryAfterMs: retry.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS,
    initialDelayMs: retry.initialDelayMs ?? DEFAULT_INITIAL_RETRY_DELAY_MS,
    maxDelayMs: retry.maxDelayMs ?? DEFAULT_MAX_RETRY_DELAY_MS,
    sleep: retry.sleep ?? abortableSleep,
    random: retry.random ?? Math.random,
    now: retry.now ?? Date.now,
  };
}
