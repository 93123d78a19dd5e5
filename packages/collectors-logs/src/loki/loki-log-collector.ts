import {
  type Alert,
  CollectorError,
  type CollectorV1,
  type CollectorV1CollectOptions,
} from '@triagekit/core';
import { describeError } from '../internal/describe-error.js';
import { BoundedEvidenceSelection } from '../records/bounded-evidence-selection.js';
import { describeCap } from '../records/describe-cap.js';
import { fetchLokiPage } from './fetch-loki-page.js';
import { lokiEntryToEvidence } from './loki-entry-to-evidence.js';
import {
  DEFAULT_LOKI_MAX_LINES,
  DEFAULT_LOKI_PAGE_LIMIT,
  DEFAULT_LOKI_RETRIES,
  DEFAULT_LOKI_RETRY_DELAY_MS,
  DEFAULT_LOKI_TIMEOUT_MS,
  type LokiLogCollectorOptions,
  validateLokiLogCollectorOptions,
} from './loki-log-collector-options.js';
import { toMilliseconds, toNanoseconds } from './nanoseconds.js';
import { readLokiRange } from './read-loki-range.js';

const queryRangePath = '/loki/api/v1/query_range';

/**
 * A read-only collector for Grafana Loki: `GET /loki/api/v1/query_range` over the window (`direction=forward`,
 * `start`/`end` in nanoseconds), paginated by time: each next page starts at the last timestamp returned,
 * and entries already seen at that boundary are dropped, so entries sharing a nanosecond are neither lost
 * nor doubled. Reading stops when a page comes back short, at the window's end, or at `maxLines` (with a
 * warning). Entries of all streams are merged in time order, each becoming `{ kind: 'log', time, service,
 * severity, text, attributes: { stream, timestampNanoseconds, format, traceId? } }`; over `maxItems`, the
 * most severe, then newest, are kept with a warning.
 *
 * Only GET requests, ever. HTTP 429 and 5xx answers are retried (`retries`, backoff, `Retry-After`).
 * `doCollect` rejects with a `CollectorError` when the first page fails (bad LogQL with Loki's message,
 * refused credentials, timeout, unreachable server, malformed answer); a later page failing keeps what was
 * read, with a warning. Rejects with the abort reason when the signal aborts (the request in flight is
 * aborted). Throws `InvalidInputError` on invalid options.
 */
export function createLokiLogCollector(options: LokiLogCollectorOptions): CollectorV1 {
  const server = validateLokiLogCollectorOptions(options);
  const collectorId = options.collectorId ?? 'loki';
  const pageLimit = options.pageLimit ?? DEFAULT_LOKI_PAGE_LIMIT;
  const headers: Record<string, string> = {
    Accept: 'application/json',
    ...(server.authorization ? { Authorization: server.authorization } : {}),
    ...(options.tenantId ? { 'X-Scope-OrgID': options.tenantId } : {}),
    ...options.headers,
  };

  function resolveQuery(alert: Alert): string {
    let query: unknown;
    try {
      query = typeof options.query === 'function' ? options.query(alert) : options.query;
    } catch (error) {
      throw new CollectorError({
        collectorId,
        message: `The query function threw: ${describeError(error)}. Fix the function in the collector options.`,
        cause: error,
      });
    }
    if (typeof query !== 'string' || query.trim().length === 0) {
      throw new CollectorError({
        collectorId,
        message: 'The query function returned no LogQL query; it must return a non-empty string.',
      });
    }
    return query;
  }

  async function doCollect({ alert, window, abortSignal, maxItems }: CollectorV1CollectOptions) {
    abortSignal.throwIfAborted();
    const query = resolveQuery(alert);
    // Loki's `end` is exclusive; the window's end is not.
    const endNanoseconds = toNanoseconds(window.end) + 1n;
    const { entries, warnings } = await readLokiRange({
      startNanoseconds: toNanoseconds(window.start),
      endNanoseconds,
      pageLimit,
      maxLines: options.maxLines ?? DEFAULT_LOKI_MAX_LINES,
      signal: abortSignal,
      fetchPage: (start) => {
        const url = new URL(`${server.base}${queryRangePath}`);
        url.search = new URLSearchParams({
          query,
          start: start.toString(),
          end: endNanoseconds.toString(),
          limit: String(pageLimit),
          direction: 'forward',
        }).toString();
        return fetchLokiPage({
          url,
          serverName: server.base,
          headers,
          timeoutMs: options.timeoutMs ?? DEFAULT_LOKI_TIMEOUT_MS,
          retries: options.retries ?? DEFAULT_LOKI_RETRIES,
          retryDelayMs: options.retryDelayMs ?? DEFAULT_LOKI_RETRY_DELAY_MS,
          fetch: options.fetch ?? globalThis.fetch,
          signal: abortSignal,
          collectorId,
        });
      },
    });
    const referenceYear = options.referenceYear ?? window.end.getUTCFullYear();
    const start = window.start.getTime();
    const end = window.end.getTime();
    const selection = new BoundedEvidenceSelection(maxItems);
    for (const entry of entries) {
      const time = toMilliseconds(entry.timestamp);
      if (time < start || time > end) continue;
      selection.add(lokiEntryToEvidence(entry, referenceYear), time);
    }
    const capWarning = describeCap(selection.offered, selection.capacity, 'log entries');
    return { evidence: selection.items(), warnings: capWarning ? [...warnings, capWarning] : warnings };
  }

  return {
    specificationVersion: 'v1',
    collectorId,
    description: `Loki logs from ${server.base}`,
    doCollect,
  };
}
