import { ApiCallError } from '@triagekit/core';

/** One read-only GET and how to make it. */
export interface GetJsonRequest {
  readonly url: URL;
  /** How to name the server in messages: origin without credentials. */
  readonly serverName: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Per attempt, in milliseconds. */
  readonly timeoutMs: number;
  /** Further attempts after HTTP 429/5xx or a network error. */
  readonly retries: number;
  /** First backoff in milliseconds, doubled per retry; `Retry-After` wins when given (up to 30 s). */
  readonly retryDelayMs: number;
  readonly signal: AbortSignal;
  readonly fetch: typeof fetch;
  /** Sleep used between attempts; injectable for tests. */
  readonly sleep: (milliseconds: number, signal: AbortSignal) => Promise<void>;
}

const maxRetryAfterMs = 30_000;

function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function errorDetail(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: unknown; errorType?: unknown; message?: unknown };
    const text = parsed.error ?? parsed.message;
    if (typeof text === 'string')
      return typeof parsed.errorType === 'string' ? `${parsed.errorType}: ${text}` : text;
  } catch {
    // Not JSON: fall through to the raw start of the body.
  }
  return JSON.stringify(body.slice(0, 120));
}

/**
 * GETs `url` and parses JSON (never any other method: this package only reads). Retries 429/5xx and network
 * errors with exponential backoff, honouring `Retry-After`; each attempt has its own timeout; `signal`
 * aborts everything at once. Rejects with an `ApiCallError` whose message names the server, the status
 * and the server's own error text, or with the signal's reason when aborted.
 */
export async function getJson(request: GetJsonRequest): Promise<unknown> {
  const path = request.url.pathname;
  for (let attempt = 0; ; attempt += 1) {
    request.signal.throwIfAborted();
    const timeout = AbortSignal.timeout(request.timeoutMs);
    let failure: ApiCallError;
    try {
      const response = await request.fetch(request.url, {
        method: 'GET',
        headers: { accept: 'application/json', ...request.headers },
        signal: AbortSignal.any([request.signal, timeout]),
      });
      const body = await response.text();
      if (response.ok) {
        try {
          return JSON.parse(body) as unknown;
        } catch (error) {
          throw new ApiCallError({
            message: `${request.serverName}${path} answered with malformed JSON starting ${JSON.stringify(body.slice(0, 60))}; check that the URL points at the API and not at a proxy or login page.`,
            url: `${request.serverName}${path}`,
            statusCode: response.status,
            isRetryable: false,
            cause: error,
          });
        }
      }
      failure = new ApiCallError({
        message: `${request.serverName}${path} answered HTTP ${response.status}: ${errorDetail(body)}`,
        url: `${request.serverName}${path}`,
        statusCode: response.status,
        isRetryable: response.status === 429 || response.status >= 500,
        retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
      });
    } catch (error) {
      request.signal.throwIfAborted();
      if (ApiCallError.isInstance(error)) throw error;
      failure = new ApiCallError({
        message: timeout.aborted
          ? `${request.serverName}${path} did not answer within ${request.timeoutMs} ms; raise timeoutMs or narrow the query.`
          : `${request.serverName} is unreachable (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message}); check the URL and that this machine can reach it.`,
        url: `${request.serverName}${path}`,
        isRetryable: true,
        cause: error,
      });
    }
    if (!failure.isRetryable || attempt >= request.retries) throw failure;
    const wait = Math.min(failure.retryAfterMs ?? request.retryDelayMs * 2 ** attempt, maxRetryAfterMs);
    await request.sleep(wait, request.signal);
  }
}

/** Waits `milliseconds`, rejecting with the signal's reason as soon as `signal` aborts. */
export function sleepUnlessAborted(milliseconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** The origin of `url` without user info, for messages that must not leak credentials. */
export function serverNameOf(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/$/, '')}`;
}
