import { type Alert, normalizeAlert } from '@triagekit/core';
import { SCENARIO_TIMELINE } from './scenario-timeline.js';

/** The Alertmanager alert that paged: payments p99 latency above 2 s, firing at T0. */
export function createPaymentsIncidentAlert(): Alert {
  return normalizeAlert(
    {
      title: 'PaymentsHighLatency: payments p99 latency above 2s',
      severity: 'critical',
      source: 'alertmanager',
      startsAt: new Date(SCENARIO_TIMELINE.alertStart).toISOString(),
      labels: {
        alertname: 'PaymentsHighLatency',
        service: 'payments',
        namespace: 'shop',
        cluster: 'prod-eu-1',
        severity: 'critical',
      },
      annotations: {
        summary: 'payments p99 latency is 30.9s (threshold 2s) in shop on prod-eu-1',
        description:
          'The 99th percentile of http_server_requests_seconds for POST /v1/charges has been above 2s ' +
          'for 15 minutes (5m rate window). Checkout and order placement call payments synchronously; ' +
          'customers may be unable to pay.',
        runbook_url: 'https://runbooks.example.com/payments/high-latency',
      },
      url:
        'https://alertmanager.prod-eu-1.example.com/#/alerts' +
        '?filter=%7Balertname%3D%22PaymentsHighLatency%22%7D',
    },
    'payments incident alert',
  );
}
