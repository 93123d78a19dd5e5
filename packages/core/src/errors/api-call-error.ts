import { TriageError } from './triage-error.js';

const marker = 'triagekit.error.api-call';
const symbol = Symbol.for(marker);

/** A call to a remote API failed. `isRetryable` tells the pipeline whether another attempt may help. */
export class ApiCallError extends TriageError {
  /** Brand checked by `isInstance`; works across duplicate package copies. */
  readonly [symbol] = true;
  readonly url: string;
  /** HTTP status, when a response arrived. */
  readonly statusCode: number | undefined;
  readonly isRetryable: boolean;
  /** Server-requested delay before retrying, in milliseconds (from `retry-after`), when given. */
  readonly retryAfterMs: number | undefined;

  constructor(options: {
    message: string;
    url: string;
    statusCode?: number;
    isRetryable?: boolean;
    retryAfterMs?: number;
    cause?: unknown;
  }) {
    super({ name: 'TriageApiCallError', message: options.message, cause: options.cause });
    this.url = options.url;
    this.statusCode = options.statusCode;
    this.retryAfterMs = options.retryAfterMs;
    this.isRetryable =
      options.isRetryable ??
      (options.statusCode !== undefined &&
        (options.statusCode === 408 ||
          options.statusCode === 409 ||
          options.statusCode === 429 ||
          options.statusCode >= 500));
  }

  static override isInstance(error: unknown): error is ApiCallError {
    return TriageError.hasMarker(error, marker);
  }
}
