import { ApiCallError, CollectorError } from '@triagekit/core';
import { describeError } from '../internal/describe-error.js';
import { sleep } from '../internal/sleep.js';
import { LokiResponseShapeError, type ParsedLokiPage, parseLokiResponse } from './parse-loki-response.js';
import { parseRetryAfter } from './parse-retry-after.js';
import { readLokiErrorMessage } from './read-loki-error-message.js';

/** One `query_range` request and how to make it. */
export interface LokiPageRequest {
  /** The full request URL, query parameters included. */
  readonly url: URL;
  /** How to name the server in messages: the base URL without credentials. */
  readonly serverName: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Per attempt, headers and body included, in milliseconds. */
  readonly timeoutMs: number;
  /** Further attempts after an HTTP 429 or 5xx answer. */
  readonly retries: number;
  /** Wait before the first retry when the server names none, in milliseconds; doubled on each retry. */
  readonly retryDelayMs: number;
  readonly fetch: typeof fetch;
  readonly signal: AbortSignal;
  readonly collectorId: string;
}

// Waiting longer than this for a rate limit would eat the whole collection budget: give up instead.
const maxRetryAfterMs = 30_000;

function statusMessage(status: number, serverName: string, lokiMessage: string, attempts: number): string {
  if (status === 400) return `Loki rejected the query (HTTP 400): ${lokiMessage}. Check the LogQL query.`;
  if (status === 401 || status === 403) {
    const name = status === 401 ? 'Unauthorized' : 'Forbidden';
    return (
      `Loki at ${serverName} refused access (HTTP ${status} ${name}): ${lokiMessage}. Check the credentials ` +
      'in headers (a read-only token) and the tenant (tenantId or X-Scope-OrgID).'
    );
  }
  if (status === 404) {
    return (
      `Loki at ${serverName} has no /loki/api/v1/query_range endpoint (HTTP 404). Check baseUrl: it is the ` +
      'Loki root (or the gateway path in front of it), without /loki/api/v1.'
    );
  }
  const tries = attempts > 1 ? ` on all ${attempts} attempts` : '';
  return `Loki at ${serverName} answered HTTP ${status}${tries}: ${lokiMessage}.`;
}

function networkCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

/**
 * Makes one `GET /loki/api/v1/query_range` request (never any other method), retrying HTTP 429 and 5xx
 * answers up to `retries` times with exponential backoff, honouring `Retry-After` up to 30 seconds. Each
 * attempt has its own timeout. Rejects with a `CollectorError` (cause: an `ApiCallError` or the network
 * error) saying what went wrong and what to check, and with the signal's reason when `signal` aborts.
 */
export async function fetchLokiPage(request: LokiPageRequest): Promise<ParsedLokiPage> {
  const { serverName, collectorId } = request;
  const fail = (message: string, cause?: unknown) => new CollectorError({ collectorId, message, cause });
  for (let attempt = 0; ; attempt += 1) {
    request.signal.throwIfAborted();
    const timeout = AbortSignal.timeout(request.timeoutMs);
    let status: number;
    let retryAfter: string | null;
    let body: string;
    try {
      const response = await request.fetch(request.url, {
        method: 'GET',
        headers: request.headers,
        signal: AbortSignal.any([request.signal, timeout]),
        redirect: 'follow',
      });
      status = response.status;
      retryAfter = response.headers.get('retry-after');
      body = await response.text();
    } catch (error) {
      request.signal.throwIfAborted();
      if (timeout.aborted) {
        throw fail(
          `Loki at ${serverName} did not answer within ${request.timeoutMs} ms (timeoutMs). Narrow the query or ` +
            'the window, or raise timeoutMs.',
          error,
        );
      }
      const code = networkCode(error);
      throw fail(
        `Loki at ${serverName} is unreachable (${code ?? describeError(error)}). Check baseUrl and that this ` +
          'machine can reach it.',
        error,
      );
    }
    if (status >= 200 && status < 300) {
      try {
        return parseLokiResponse(body);
      } catch (error) {
        if (error instanceof LokiResponseShapeError) {
          throw fail(`Loki at ${serverName} gave an unexpected answer: ${error.message}.`, error);
        }
        const start = JSON.stringify(body.slice(0, 60));
        throw fail(
          `Loki at ${serverName} answered with malformed JSON (${describeError(error)}), starting ${start}. ` +
            'Check that baseUrl points at Loki and not at a proxy or login page.',
          error,
        );
      }
    }
    const retryAfterMs = parseRetryAfter(retryAfter);
    const cause = new ApiCallError({
      message: `GET ${request.url.pathname} answered HTTP ${status}`,
      url: `${serverName}${request.url.pathname}`,
      statusCode: status,
      isRetryable: status === 429 || status >= 500,
      retryAfterMs,
    });
    const lokiMessage = readLokiErrorMessage(body);
    if (!cause.isRetryable || attempt >= request.retries) {
      throw fail(statusMessage(status, serverName, lokiMessage, attempt + 1), cause);
    }
    if (retryAfterMs !== undefined && retryAfterMs > maxRetryAfterMs) {
      throw fail(
        `Loki at ${serverName} answered HTTP ${status} and asked to retry after ${Math.ceil(retryAfterMs / 1000)} s, ` +
          `longer than the collector waits: ${lokiMessage}.`,
        cause,
      );
    }
    await sleep(retryAfterMs ?? request.retryDelayMs * 2 ** attempt, request.signal);
  }
}
