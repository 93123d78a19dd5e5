export { freePort } from './free-port.js';
export type { RunningServer } from './spawn-server.js';
export { type StartAlertmanagerOptions, startAlertmanager } from './start-alertmanager.js';
export { type MetricsEndpoint, startMetricsEndpoint } from './start-metrics-endpoint.js';
export { type StartPrometheusOptions, startPrometheus } from './start-prometheus.js';
