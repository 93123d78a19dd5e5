import type { IncidentFiles } from './write-incident-files.js';

/** A config change followed by a burst of errors in the service it touched: enough for a summary. */
export function createSmallIncident(): IncidentFiles {
  return {
    alert: {
      title: 'OrdersErrorRate: orders 5xx above 5%',
      startsAt: '2026-03-04T10:00:00Z',
      severity: 'critical',
      labels: { alertname: 'OrdersErrorRate', service: 'orders' },
    },
    evidence: [
      {
        collectorId: 'git',
        input: {
          kind: 'change',
          time: '2026-03-04T09:40:00Z',
          service: 'orders',
          text: 'orders: enable the new tax engine for all regions',
        },
      },
      ...Array.from({ length: 12 }, (_unused, index) => ({
        collectorId: 'logs',
        input: {
          kind: 'log' as const,
          time: `2026-03-04T09:5${Math.floor(index / 2)}:${String((index % 2) * 30).padStart(2, '0')}Z`,
          service: 'orders',
          severity: 'error' as const,
          text: `tax engine rejected order ${4100 + index}: unsupported region code`,
        },
      })),
    ],
  };
}
