import type { ClassifiedLookupError } from './classify-lookup-error.js';

function attemptsText(attempts: number): string {
  return attempts > 1 ? ` on all ${attempts} attempts` : '';
}

function describe(error: ClassifiedLookupError, region: string, attempts: number, timeoutMs: number): string {
  const status = error.statusCode === undefined ? '' : `, HTTP ${error.statusCode}`;
  const what = `${error.code}${status}`;
  switch (error.kind) {
    case 'throttled':
      return (
        `LookupEvents in ${region} was throttled (${what})${attemptsText(attempts)}: ${error.detail}. ` +
        'CloudTrail allows about 2 lookups per second per account and region, shared with every other ' +
        'caller; lower requestsPerSecond or retry later.'
      );
    case 'access-denied':
      return (
        `access denied in ${region} (${what}): ${error.detail}. Allow cloudtrail:LookupEvents on ` +
        'Resource "*" for these credentials, and check that the region is enabled for the account.'
      );
    case 'credentials':
      return (
        `no usable AWS credentials for ${region} (${error.code}): ${error.detail}. Set profile (or ` +
        'AWS_PROFILE), environment credentials, or an instance or task role; or pass credentials or clients.'
      );
    case 'timeout':
      return (
        `LookupEvents in ${region} did not answer within ${timeoutMs} ms (requestTimeoutMs)` +
        `${attemptsText(attempts)}.`
      );
    case 'network':
      return (
        `the CloudTrail endpoint for ${region} is unreachable (${error.code})${attemptsText(attempts)}: ` +
        `${error.detail}. Check the network, proxy and endpoint settings.`
      );
    case 'server':
      return `CloudTrail in ${region} failed (${what})${attemptsText(attempts)}: ${error.detail}.`;
    case 'malformed-response':
      return (
        `CloudTrail in ${region} answered with a body that is not valid JSON (${what}): ${error.detail}. ` +
        'Check that the endpoint is CloudTrail and not a proxy or login page.'
      );
    case 'invalid-request':
      return `CloudTrail in ${region} rejected the request (${what}): ${error.detail}.`;
    default:
      return `LookupEvents in ${region} failed (${what})${attemptsText(attempts)}: ${error.detail}.`;
  }
}

/**
 * A LookupEvents call that failed for good (retries exhausted, or not retryable). The message says what
 * happened, where, and what to check; `cause` is the SDK's error.
 */
export class LookupFailure extends Error {
  readonly error: ClassifiedLookupError;
  readonly region: string;
  /** How many attempts were made. */
  readonly attempts: number;

  constructor(options: {
    error: ClassifiedLookupError;
    region: string;
    attempts: number;
    requestTimeoutMs: number;
    cause: unknown;
  }) {
    super(describe(options.error, options.region, options.attempts, options.requestTimeoutMs), {
      cause: options.cause,
    });
    this.name = 'LookupFailure';
    this.error = options.error;
    this.region = options.region;
    this.attempts = options.attempts;
  }
}
