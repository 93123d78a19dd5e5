import { cleanServiceName } from '../records/clean-service-name.js';

/**
 * Labels that name a service, most specific first: Loki's own `service_name` (set by OTLP ingestion and
 * discovered from other labels), then the usual conventions of Promtail, Alloy and Kubernetes.
 */
export const LOKI_SERVICE_LABELS = [
  'service_name',
  'service',
  'app',
  'app_kubernetes_io_name',
  'container',
  'job',
];

/** The first non-blank service label of a stream, in {@link LOKI_SERVICE_LABELS} order, or `null`. */
export function serviceFromStreamLabels(labels: Readonly<Record<string, string>>): string | null {
  for (const key of LOKI_SERVICE_LABELS) {
    const service = cleanServiceName(labels[key]);
    // Loki fills in `unknown_service` when it could not discover one; that names nothing.
    if (service && service !== 'unknown_service') return service;
  }
  return null;
}
