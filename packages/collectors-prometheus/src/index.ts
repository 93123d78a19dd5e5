export { firingAlertsToEvidence } from './alertmanager/firing-alerts.js';
export { alertExpression, splitAlertCondition } from './metrics/alert-expression.js';
export {
  type BaselineCrossing,
  type BaselineCrossingOptions,
  findBaselineCrossing,
  type MetricSample,
} from './metrics/baseline-crossing.js';
export { DEFAULT_SERVICE_QUERIES, type PrometheusQuery, queryForService } from './metrics/service-queries.js';
export { createPrometheusCollector } from './prometheus-collector.js';
export type { PrometheusCollectorOptions } from './prometheus-collector-options.js';
