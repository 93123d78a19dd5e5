import { ApiCallError } from '@triagekit/core';

/**
 * How a Kubernetes API request failed: an HTTP error answer (`http`), no answer within the timeout
 * (`timeout`), a transport failure (`network`), an answer that could not be parsed (`malformed-body`), or a
 * failure inside the client before anything was sent, such as a credential plugin (`client`).
 */
export type KubernetesFailureKind = 'http' | 'timeout' | 'network' | 'malformed-body' | 'client';

/** A failed Kubernetes API request, with what the API server said about it. */
export class KubernetesRequestError extends ApiCallError {
  readonly failureKind: KubernetesFailureKind;
  /** The `reason` of the API server's Status answer: `Forbidden`, `Expired`, `TooManyRequests`, ... */
  readonly reason: string | undefined;
  /** The `message` of the API server's Status answer, cut to 500 characters. */
  readonly serverMessage: string | undefined;
  /** On 410 Expired: the continue token the server offers to go on with (an inconsistent list). */
  readonly continueToken: string | undefined;
  /** How many attempts were made, retries included. */
  readonly attempts: number;

  constructor(options: {
    failureKind: KubernetesFailureKind;
    message: string;
    url: string;
    statusCode?: number;
    isRetryable?: boolean;
    retryAfterMs?: number;
    reason?: string;
    serverMessage?: string;
    continueToken?: string;
    attempts?: number;
    cause?: unknown;
  }) {
    super(options);
    this.failureKind = options.failureKind;
    this.reason = options.reason;
    this.serverMessage = options.serverMessage;
    this.continueToken = options.continueToken;
    this.attempts = options.attempts ?? 1;
  }
}
