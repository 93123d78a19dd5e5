import type { ConfigurationOptions, ObservableMiddleware } from '@kubernetes/client-node';
import { waitOrAbort } from '../internal/wait-or-abort.js';
import { createRequestOptions, type SentRequest } from './create-request-options.js';
import { KubernetesRequestError } from './kubernetes-request-error.js';
import type { RequestSettings } from './request-settings.js';
import { toKubernetesRequestError } from './to-kubernetes-request-error.js';

/**
 * Makes one read through the official client: `send` receives the per-call options (signal, GET guard) and
 * calls a generated method with them. Each attempt has its own timeout; HTTP 429, 5xx and connection resets
 * are retried up to `settings.retries` times with exponential backoff, honouring `Retry-After` up to
 * `maxRetryAfterMs`. Rejects with a {@link KubernetesRequestError} saying what failed, or with the signal's
 * reason as soon as `settings.signal` aborts (the request in flight is aborted too).
 */
export async function callKubernetes<Result>(
  settings: RequestSettings,
  send: (options: ConfigurationOptions<ObservableMiddleware>) => Promise<Result>,
  queryParameters?: Readonly<Record<string, string>>,
): Promise<Result> {
  for (let attempt = 1; ; attempt += 1) {
    settings.signal.throwIfAborted();
    const timeout = AbortSignal.timeout(settings.timeoutMs);
    const signal = AbortSignal.any([settings.signal, timeout]);
    const sent: SentRequest = { url: '(not sent)' };
    try {
      return await waitOrAbort(
        // Wrapped so that a synchronous throw inside the client becomes a rejection like any other.
        (async () =>
          send(createRequestOptions({ signal, sent, ...(queryParameters ? { queryParameters } : {}) })))(),
        signal,
      );
    } catch (error) {
      settings.signal.throwIfAborted();
      if (timeout.aborted) {
        throw new KubernetesRequestError({
          failureKind: 'timeout',
          message: `no answer within ${settings.timeoutMs} ms (timeoutMs)`,
          url: sent.url,
          isRetryable: false,
          attempts: attempt,
          cause: error,
        });
      }
      const failure = toKubernetesRequestError(error, sent.url, attempt);
      if (!failure.isRetryable || attempt > settings.retries) throw failure;
      const wait = failure.retryAfterMs ?? settings.retryDelayMs * 2 ** (attempt - 1);
      if (wait > settings.maxRetryAfterMs) {
        throw new KubernetesRequestError({
          failureKind: failure.failureKind,
          message: `${failure.message} (asked to retry after ${Math.ceil(wait / 1000)} s, longer than maxRetryAfterMs allows)`,
          url: failure.url,
          ...(failure.statusCode === undefined ? {} : { statusCode: failure.statusCode }),
          isRetryable: false,
          attempts: attempt,
          cause: failure,
        });
      }
      await settings.sleep(wait, settings.signal);
    }
  }
}
