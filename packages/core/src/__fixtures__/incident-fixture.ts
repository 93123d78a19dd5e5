import type { AlertInput, EvidenceInput } from '../index.js';

/** Alert start of the small fixture incident used across core tests. */
export const FIXTURE_ALERT_START = '2026-03-04T10:00:00.000Z';

export const fixtureAlert: AlertInput = {
  title: 'CheckoutErrorRate: checkout 5xx above 5%',
  severity: 'P1',
  source: 'alertmanager',
  labels: { alertname: 'CheckoutErrorRate', service: 'checkout', namespace: 'shop' },
  annotations: { summary: 'checkout is failing requests' },
  startsAt: FIXTURE_ALERT_START,
};

/** Minutes relative to the alert start, as an ISO timestamp. */
export function at(minutes: number): string {
  return new Date(Date.parse(FIXTURE_ALERT_START) + minutes * 60_000).toISOString();
}

/** Logs: background noise all window long, then inventory times out and checkout fails calling it. */
export function fixtureLogs(): EvidenceInput[] {
  const items: EvidenceInput[] = [];
  for (let minute = -230; minute < 10; minute += 10) {
    items.push({
      kind: 'log',
      time: at(minute),
      service: 'search',
      severity: 'warning',
      text: `slow query took ${900 + minute}ms`,
    });
  }
  for (let minute = -12; minute < 10; minute += 1) {
    items.push({
      kind: 'log',
      time: at(minute + 0.1),
      service: 'inventory',
      severity: 'error',
      text: `db connection pool exhausted after ${3000 + minute}ms`,
    });
    items.push({
      kind: 'log',
      time: at(minute + 0.5),
      service: 'checkout',
      severity: 'error',
      text: `upstream inventory timed out request_id=${(minute + 100).toString(16)}abcdef01`,
    });
  }
  return items;
}

/** Changes: the culprit on inventory 15 minutes before the onset, a red herring on search 2 minutes before. */
export function fixtureChanges(): EvidenceInput[] {
  return [
    {
      kind: 'change',
      time: at(-27),
      service: 'inventory',
      severity: 'info',
      text: 'inventory: lower DB pool size to 4',
    },
    { kind: 'change', time: at(-14), service: 'search', severity: 'info', text: 'search: deploy v2.3.1' },
    {
      kind: 'change',
      time: at(-40),
      service: null,
      severity: 'info',
      text: 'AuthorizeSecurityGroupIngress sg-0abc',
    },
    {
      kind: 'change',
      time: at(5),
      service: 'inventory',
      severity: 'info',
      text: 'inventory: scale to 6 replicas',
    },
  ];
}
