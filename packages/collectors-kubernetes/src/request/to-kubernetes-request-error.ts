import { ApiException } from '@kubernetes/client-node';
import { describeError } from '../internal/describe-error.js';
import { KubernetesRequestError } from './kubernetes-request-error.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { readKubernetesStatus } from './read-kubernetes-status.js';

// Transport failures that say nothing about the request itself: another attempt may well succeed.
const retryableNetworkCodes = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Classifies what the official client threw for one request (not an abort or a timeout: the caller knows
 * those from its own signals). `ApiException` → `http` with the Status message, reason, `Retry-After` and
 * an expired list's continue token; JSON that does not parse or an unknown content type → `malformed-body`;
 * node-fetch's system errors → `network`; anything else → `client`.
 */
export function toKubernetesRequestError(error: unknown, url: string, attempts = 1): KubernetesRequestError {
  if (error instanceof ApiException) {
    const status = readKubernetesStatus(error.body);
    const headers = (error.headers ?? {}) as Record<string, string>;
    const statusCode = error.code;
    const retryAfterMs =
      parseRetryAfter(headers['retry-after']) ??
      (status.retryAfterSeconds === undefined ? undefined : status.retryAfterSeconds * 1000);
    const reason = status.reason ? ` ${status.reason}` : '';
    return new KubernetesRequestError({
      failureKind: 'http',
      message: `HTTP ${statusCode}${reason}${status.message ? `: ${status.message}` : ''}`,
      url,
      statusCode,
      isRetryable: statusCode === 429 || statusCode >= 500,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      ...(status.reason === undefined ? {} : { reason: status.reason }),
      ...(status.message === undefined ? {} : { serverMessage: status.message }),
      ...(status.continueToken === undefined ? {} : { continueToken: status.continueToken }),
      attempts,
      cause: error,
    });
  }
  const message = describeError(error);
  if (error instanceof SyntaxError || /mediaType|Content-Type/.test(message)) {
    return new KubernetesRequestError({
      failureKind: 'malformed-body',
      message: `the answer could not be parsed (${message})`,
      url,
      isRetryable: false,
      attempts,
      cause: error,
    });
  }
  const code = errorCode(error);
  const isNetwork = code !== undefined || (error as { name?: unknown } | null)?.name === 'FetchError';
  return new KubernetesRequestError({
    failureKind: isNetwork ? 'network' : 'client',
    message: isNetwork ? `no answer (${code ?? message})` : message,
    url,
    isRetryable: code !== undefined && retryableNetworkCodes.has(code),
    attempts,
    cause: error,
  });
}
