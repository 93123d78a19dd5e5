/** What kind of failure a LookupEvents call ended with. */
export type LookupErrorKind =
  | 'throttled'
  | 'server'
  | 'timeout'
  | 'network'
  | 'access-denied'
  | 'credentials'
  | 'invalid-request'
  | 'malformed-response'
  | 'unknown';

/** A LookupEvents error, classified. */
export interface ClassifiedLookupError {
  readonly kind: LookupErrorKind;
  /** Whether another attempt may succeed. */
  readonly retryable: boolean;
  /** The service's error code (`ThrottlingException`), the network code (`ECONNRESET`), or the error name. */
  readonly code: string;
  /** The HTTP status, when a response arrived. */
  readonly statusCode: number | undefined;
  /** The service's or the system's message. */
  readonly detail: string;
}

const throttlingCodes = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'RequestThrottled',
]);
const deniedCodes = new Set([
  'AccessDeniedException',
  'AccessDenied',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'ExpiredTokenException',
  'ExpiredToken',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'MissingAuthenticationToken',
  'OperationNotPermittedException',
  'NotAuthorized',
  'OptInRequired',
]);
const networkCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
]);

interface ErrorShape {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  $fault?: unknown;
  $retryable?: unknown;
  $metadata?: { httpStatusCode?: unknown };
}

/**
 * Sorts an error thrown by `CloudTrailClient.send(LookupEventsCommand)` into a kind and says whether a
 * retry may help: throttling, HTTP 429 and 5xx, timeouts and network errors are retryable; access denied,
 * bad credentials, invalid requests (`InvalidTimeRangeException`, `InvalidNextTokenException`) and
 * malformed 2xx bodies are not. `timedOut` says that the per-request timeout aborted the call.
 */
export function classifyLookupError(error: unknown, timedOut: boolean): ClassifiedLookupError {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as ErrorShape;
  const name = typeof shape.name === 'string' ? shape.name : 'Error';
  const systemCode = typeof shape.code === 'string' ? shape.code : undefined;
  const detail = typeof shape.message === 'string' ? shape.message.split('\n')[0] || name : String(error);
  const status =
    typeof shape.$metadata?.httpStatusCode === 'number' ? shape.$metadata.httpStatusCode : undefined;
  const result = (kind: LookupErrorKind, retryable: boolean, code = name): ClassifiedLookupError => ({
    kind,
    retryable,
    code,
    statusCode: status,
    detail,
  });
  if (timedOut || name === 'TimeoutError') return result('timeout', true);
  if (throttlingCodes.has(name) || status === 429) return result('throttled', true);
  if (deniedCodes.has(name) || status === 401 || status === 403) return result('access-denied', false);
  if (name === 'CredentialsProviderError' || name === 'ProviderError') return result('credentials', false);
  if (status !== undefined && status >= 500) return result('server', true);
  if (name === 'SyntaxError' && status !== undefined) return result('malformed-response', false);
  if (systemCode !== undefined && networkCodes.has(systemCode)) return result('network', true, systemCode);
  if (shape.$fault === 'client') return result('invalid-request', false);
  if (shape.$fault === 'server') return result('server', true);
  return result('unknown', shape.$retryable !== undefined && shape.$retryable !== false);
}
