/** A PromQL query to watch during an incident. */
export interface PrometheusQuery {
  /** Short name shown in evidence, e.g. `error rate`. */
  readonly name: string;
  /** PromQL; `$service` is replaced by the service (label-value escaped). */
  readonly query: string;
  /** Service the series belongs to; default: the alert's service, else a `service`/`job`/`app` label. */
  readonly service?: string;
  /** `up` when higher is worse (default), `down` when lower is worse (throughput, availability). */
  readonly direction?: 'up' | 'down';
  /** A fixed threshold instead of the learnt baseline. */
  readonly threshold?: number;
  /** Unit for messages, e.g. `s`, `%`, `req/s`. */
  readonly unit?: string;
}

/**
 * Default per-service queries (the RED/USE basics) for services that follow the common
 * `http_requests_total{service=...,code=...}` / `http_request_duration_seconds_bucket` conventions.
 * They are only a starting point: pass your own with the `queries` option.
 */
export const DEFAULT_SERVICE_QUERIES: readonly PrometheusQuery[] = [
  {
    name: 'error rate',
    query:
      'sum(rate(http_requests_total{service="$service",code=~"5.."}[5m])) / sum(rate(http_requests_total{service="$service"}[5m]))',
    unit: 'ratio',
  },
  {
    name: 'p99 latency',
    query:
      'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="$service"}[5m])))',
    unit: 's',
  },
  {
    name: 'CPU saturation',
    query:
      'sum(rate(container_cpu_usage_seconds_total{container="$service"}[5m])) / sum(kube_pod_container_resource_limits{container="$service",resource="cpu"})',
    unit: 'ratio',
  },
];

/** Escapes a value for use inside a double-quoted PromQL label matcher. */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** Fills `$service` in a query. */
export function queryForService(query: string, service: string): string {
  return query.replaceAll('$service', escapeLabelValue(service));
}
