import type { PrometheusQuery } from './metrics/service-queries.js';

/** Options of {@link createPrometheusCollector}. */
export interface PrometheusCollectorOptions {
  /** Collector id; evidence ids derive from it. Default `prometheus`. */
  readonly collectorId?: string;
  /** Prometheus base URL, e.g. `http://prometheus:9090` (or a Thanos/Mimir query frontend). */
  readonly url: string;
  /**
   * Queries to run over the window, per service (`$service` is filled in). Default
   * {@link DEFAULT_SERVICE_QUERIES} when `useDefaultQueries` is true.
   */
  readonly queries?: readonly PrometheusQuery[];
  /** Add the default error-rate / latency / saturation queries. Default true when `queries` is unset. */
  readonly useDefaultQueries?: boolean;
  /** Services to fill into `$service`; default the alert's `service`/`app`/`job` label. */
  readonly services?: readonly string[];
  /** Also chart the alert's own PromQL expression (from its generator URL). Default true. */
  readonly includeAlertExpression?: boolean;
  /** Alertmanager base URL: adds the alerts firing in the window as evidence. Default: not queried. */
  readonly alertmanagerUrl?: string;
  /** Extra request headers for both servers, e.g. `Authorization: Bearer <read-only token>`. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Range-query resolution in seconds. Default: the window divided into about 240 steps, at least 1 s. */
  readonly stepSeconds?: number;
  /** Most series examined per query (the rest are counted in a warning). Default 50. */
  readonly maxSeriesPerQuery?: number;
  /** Labels that name a series' or alert's service, in order. Default `service`, `app`, `job`. */
  readonly serviceLabels?: readonly string[];
  /** Per request, in milliseconds. Default 10,000. */
  readonly timeoutMs?: number;
  /** Further attempts after HTTP 429/5xx or a network error. Default 2. */
  readonly retries?: number;
  /** First retry delay in milliseconds, doubled per retry. Default 500. */
  readonly retryDelayMs?: number;
  /** `fetch` implementation (tests, proxies). Default the global `fetch`. */
  readonly fetch?: typeof fetch;
}
