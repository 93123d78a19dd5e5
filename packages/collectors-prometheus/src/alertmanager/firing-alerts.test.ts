import { describe, expect, it } from 'vitest';
import { firingAlertsToEvidence } from './firing-alerts.js';

const window = { start: new Date('2026-03-04T10:00:00Z'), end: new Date('2026-03-04T11:00:00Z') };

describe('firingAlertsToEvidence', () => {
  it('keeps active alerts that started before the window end, clamped to its start', () => {
    const { evidence, skipped } = firingAlertsToEvidence(
      [
        {
          labels: { alertname: 'Old', app: 'cart', severity: 'warning' },
          startsAt: '2026-03-04T08:00:00Z',
          status: { state: 'active' },
        },
        {
          labels: { alertname: 'Now', service: 'payments', severity: 'critical' },
          annotations: { summary: 'p99 high' },
          startsAt: '2026-03-04T10:30:00Z',
          status: { state: 'active' },
        },
        { labels: { alertname: 'Later' }, startsAt: '2026-03-04T12:00:00Z', status: { state: 'active' } },
        {
          labels: { alertname: 'Silenced' },
          startsAt: '2026-03-04T10:10:00Z',
          status: { state: 'suppressed' },
        },
        { startsAt: 'not a date' },
      ],
      window,
      ['service', 'app'],
    );
    expect(skipped).toBe(1);
    expect(evidence.map((item) => [item.text.split(' ')[0], item.service, item.severity])).toEqual([
      ['Old', 'cart', 'warning'],
      ['Now', 'payments', 'critical'],
    ]);
    expect(evidence[0]?.time).toEqual(window.start);
    expect(evidence[1]?.text).toBe('Now firing since 2026-03-04T10:30:00.000Z: p99 high');
  });

  it('rejects an answer that is not a list', () => {
    expect(() => firingAlertsToEvidence({ data: [] }, window, [])).toThrow(/JSON array/);
  });
});
