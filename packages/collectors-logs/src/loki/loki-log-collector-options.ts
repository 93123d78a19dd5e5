import type { Alert, InputIssue } from '@triagekit/core';
import {
  checkCollectorId,
  checkNonNegativeInteger,
  checkPositiveInteger,
  throwIfIssues,
} from '../internal/option-checks.js';

/** Options of `createLokiLogCollector`. */
export interface LokiLogCollectorOptions {
  /** Stable id; evidence ids derive from it. Default `'loki'`. */
  readonly collectorId?: string;
  /** Loki's root URL (or a gateway path in front of it), e.g. `https://loki.example.com`. */
  readonly baseUrl: string;
  /**
   * A LogQL log query, e.g. `{namespace="shop"} |= "error"`, or a function building one from the alert (from
   * `alert.labels.service`, say), called on every `doCollect`. Metric queries are rejected.
   */
  readonly query: string | ((alert: Alert) => string);
  /** Extra request headers, e.g. `Authorization: Bearer <read-only token>`. Never logged. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The tenant, sent as `X-Scope-OrgID` (multi-tenant Loki, Grafana Cloud). Default: none. */
  readonly tenantId?: string;
  /** Entries asked for per request (Loki's `limit`; servers cap it, 5,000 by default). Default 5,000. */
  readonly pageLimit?: number;
  /** Most entries read in total; reading stops there with a warning. Default 100,000. */
  readonly maxLines?: number;
  /** Timeout of each request, headers and body included, in milliseconds. Default 10,000. */
  readonly timeoutMs?: number;
  /** Further attempts after an HTTP 429 or 5xx answer, with exponential backoff. Default 2. */
  readonly retries?: number;
  /** Backoff before the first retry when Loki sends no `Retry-After`, in milliseconds; doubles. Default 500. */
  readonly retryDelayMs?: number;
  /** Year for timestamps without one inside lines (only for parsing; Loki's timestamp wins). Default: window. */
  readonly referenceYear?: number;
  /** The fetch to use (a proxy-aware one, or a test double). Default: the global `fetch`. */
  readonly fetch?: typeof fetch;
}

/** Default {@link LokiLogCollectorOptions.pageLimit}. */
export const DEFAULT_LOKI_PAGE_LIMIT = 5000;
/** Default {@link LokiLogCollectorOptions.maxLines}. */
export const DEFAULT_LOKI_MAX_LINES = 100_000;
/** Default {@link LokiLogCollectorOptions.timeoutMs}. */
export const DEFAULT_LOKI_TIMEOUT_MS = 10_000;
/** Default {@link LokiLogCollectorOptions.retries}. */
export const DEFAULT_LOKI_RETRIES = 2;
/** Default {@link LokiLogCollectorOptions.retryDelayMs}. */
export const DEFAULT_LOKI_RETRY_DELAY_MS = 500;

/** Where Loki is, as taken from `baseUrl`. */
export interface LokiServer {
  /** The base URL without credentials or a trailing slash, for requests and messages. */
  readonly base: string;
  /** Basic credentials found in the URL, moved to a header (fetch refuses URLs that carry them). */
  readonly authorization: string | undefined;
}

function parseServer(baseUrl: string): LokiServer | InputIssue {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return { path: 'baseUrl', message: `must be an absolute http(s) URL, got ${JSON.stringify(baseUrl)}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { path: 'baseUrl', message: `must use http or https, got ${url.protocol}` };
  }
  const credentials = url.username
    ? Buffer.from(`${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`).toString(
        'base64',
      )
    : undefined;
  url.username = '';
  url.password = '';
  url.search = '';
  url.hash = '';
  return { base: url.href.replace(/\/+$/, ''), authorization: credentials && `Basic ${credentials}` };
}

/**
 * Checks every option and returns the server to talk to. Throws an `InvalidInputError` naming each invalid
 * option (a relative or non-http `baseUrl`, an empty query, a non-positive limit, ...).
 */
export function validateLokiLogCollectorOptions(options: LokiLogCollectorOptions): LokiServer {
  const server =
    typeof options.baseUrl === 'string'
      ? parseServer(options.baseUrl)
      : { path: 'baseUrl', message: 'must be a string' };
  const query = options.query;
  const queryValid = typeof query === 'function' || (typeof query === 'string' && query.trim().length > 0);
  const headersValid =
    options.headers === undefined ||
    (typeof options.headers === 'object' &&
      options.headers !== null &&
      Object.values(options.headers).every((value) => typeof value === 'string'));
  throwIfIssues('Loki log collector options', [
    ...checkCollectorId('collectorId', options.collectorId),
    ...('path' in server ? [server] : []),
    ...(queryValid ? [] : [{ path: 'query', message: 'must be a non-empty LogQL query or a function' }]),
    ...(headersValid ? [] : [{ path: 'headers', message: 'must map header names to strings' }]),
    ...(options.tenantId === undefined ||
    (typeof options.tenantId === 'string' && options.tenantId.length > 0)
      ? []
      : [{ path: 'tenantId', message: 'must be a non-empty string' }]),
    ...checkPositiveInteger('pageLimit', options.pageLimit),
    ...checkPositiveInteger('maxLines', options.maxLines),
    ...checkPositiveInteger('timeoutMs', options.timeoutMs),
    ...checkNonNegativeInteger('retries', options.retries),
    ...checkNonNegativeInteger('retryDelayMs', options.retryDelayMs),
    ...checkNonNegativeInteger('referenceYear', options.referenceYear),
  ]);
  return server as LokiServer;
}
