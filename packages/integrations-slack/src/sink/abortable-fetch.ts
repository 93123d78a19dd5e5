import type { FetchFunction } from '@slack/web-api';

/** What the last response said, for the error mapping (the Slack clients drop response headers). */
export interface ObservedResponse {
  status: number | undefined;
  retryAfter: string | null;
}

/**
 * A `fetch` for the Slack clients that also stops when `signal` aborts (they take no signal of their own)
 * and records the status and `Retry-After` of the last response in `observed`.
 */
export function abortableFetch(signal: AbortSignal, observed: ObservedResponse): FetchFunction {
  return async (url, init = {}) => {
    const response = await fetch(url, {
      ...init,
      signal: init.signal ? AbortSignal.any([init.signal, signal]) : signal,
    });
    observed.status = response.status;
    observed.retryAfter = response.headers.get('retry-after');
    return response;
  };
}
