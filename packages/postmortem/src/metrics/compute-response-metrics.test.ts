import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeResponseMetrics } from './compute-response-metrics.js';
import { parseIncidentExport } from './parse/parse-incident-export.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

describe('computeResponseMetrics on the generic CSV fixture (hand-computed)', () => {
  // Adoption 2026-03-01T00:00Z. Per incident (seconds; "–" = excluded):
  //   before  A1 TTA 240  TTR 3600 | A2 (+01:00) 600 / 5400 | A3 (naive, Europe/Berlin) 120 / 1200
  //           A4 – (never acked) / 1800 | A5 480 / – (open) | R1 reopened: created 10:00, first ack 10:03,
  //           final resolution 13:00 → 180 / 10800
  //   after   B1 (exactly at the adoption instant) 60 / 1200 | B2 (−05:00) 120 / 2400 | B3 90 / 960
  //           B4 – / 600 | B5 180 / – | B6 (2026-02-28T23:30−01:00 = 03-01T00:30Z, so after) 180 / 2400
  const parsed = parseIncidentExport(fixture('generic-incidents.csv'), { timeZone: 'Europe/Berlin' });
  const metrics = computeResponseMetrics(parsed.incidents, { since: '2026-03-01T00:00:00Z' });

  it('reads the tricky rows: offsets, a naive zone, a reopened incident merged, blank lines', () => {
    expect(parsed.format).toBe('csv');
    expect(parsed.incidents.map((incident) => incident.id)).toEqual([
      'A1',
      'A2',
      'A3',
      'A4',
      'A5',
      'R1',
      'B1',
      'B2',
      'B3',
      'B4',
      'B5',
      'B6',
    ]);
    const byId = Object.fromEntries(parsed.incidents.map((incident) => [incident.id, incident]));
    expect(byId.A2?.createdAt).toBe('2026-02-05T07:00:00.000Z');
    expect(byId.A3?.createdAt).toBe('2026-02-10T11:00:00.000Z'); // 12:00 in Berlin (CET, +01:00)
    expect(byId.R1).toMatchObject({
      reopened: true,
      createdAt: '2026-02-25T10:00:00.000Z',
      acknowledgedAt: '2026-02-25T10:03:00.000Z',
      resolvedAt: '2026-02-25T13:00:00.000Z',
      origin: 'row 6 (line 7), row 7 (line 8)',
    });
    expect(byId.B1?.origin).toBe('row 8 (line 10)'); // after the blank line 9
  });

  it('computes MTTA and MTTR, counts and changes overall', () => {
    const { before, after } = metrics.overall;
    // MTTA before [120, 180, 240, 480, 600]: median 240, p90 rank ⌈4.5⌉ = 5 → 600, mean 1620 / 5 = 324.
    expect(before).toMatchObject({ incidents: 6, unacknowledged: 1, unresolved: 1, reopened: 1 });
    expect(before.mtta).toEqual({ count: 5, medianSeconds: 240, p90Seconds: 600, meanSeconds: 324 });
    // MTTR before [1200, 1800, 3600, 5400, 10800]: median 3600, p90 10800, mean 22800 / 5 = 4560.
    expect(before.mttr).toEqual({ count: 5, medianSeconds: 3600, p90Seconds: 10800, meanSeconds: 4560 });
    // MTTA after [60, 90, 120, 180, 180]: median 120, p90 180, mean 630 / 5 = 126.
    expect(after).toMatchObject({ incidents: 6, unacknowledged: 1, unresolved: 1, reopened: 0 });
    expect(after.mtta).toEqual({ count: 5, medianSeconds: 120, p90Seconds: 180, meanSeconds: 126 });
    // MTTR after [600, 960, 1200, 2400, 2400]: median 1200, p90 2400, mean 7560 / 5 = 1512.
    expect(after.mttr).toEqual({ count: 5, medianSeconds: 1200, p90Seconds: 2400, meanSeconds: 1512 });
    // Changes: MTTA median (120 − 240) / 240 = −50 %, p90 −70 %, mean (126 − 324) / 324 = −61.11 %;
    // MTTR median −66.67 %, p90 (2400 − 10800) / 10800 = −77.78 %, mean (1512 − 4560) / 4560 = −66.84 %.
    expect(metrics.overall.mtta.medianChangePercent).toBe(-50);
    expect(metrics.overall.mtta.p90ChangePercent).toBe(-70);
    expect(metrics.overall.mtta.meanChangePercent).toBeCloseTo(-61.111, 3);
    expect(metrics.overall.mttr.medianChangePercent).toBeCloseTo(-66.667, 3);
    expect(metrics.overall.mttr.p90ChangePercent).toBeCloseTo(-77.778, 3);
    expect(metrics.overall.mttr.meanChangePercent).toBeCloseTo(-66.842, 3);
  });

  it('tests the difference and says the sample is too small to conclude', () => {
    // MTTA: U = 3.5 (after larger: 120 vs 120 ½, each 180 beats 120 and ties 180: 1½ each); ties {120}×2,
    // {180}×3 → Σ(t³−t) = 30; var = 25/12 · (11 − 30/90) = 22.222; z = (9 − 0.5) / 4.714 = 1.8031; p = 0.0714.
    expect(metrics.overall.mtta.test).toMatchObject({ u: 3.5, method: 'normal' });
    expect(metrics.overall.mtta.test?.pValue).toBeCloseTo(0.0714, 4);
    // MTTR: U = 4.5; ties {1200}×2, {2400}×2 → Σ = 12; var = 25/12 · (11 − 12/90) = 22.639; z = 7.5 / 4.758 = 1.5763; p = 0.1150.
    expect(metrics.overall.mttr.test?.pValue).toBeCloseTo(0.115, 3);
    expect(metrics.overall.mtta.note).toBe('not conclusive: n < 10 (before 5, after 5)');
    expect(metrics.overall.mtta.conclusive).toBe(false);
  });

  it('breaks down by service and severity', () => {
    expect(Object.keys(metrics.byService)).toEqual(['checkout', 'payments']);
    expect(Object.keys(metrics.bySeverity)).toEqual(['critical', 'warning']);
    const payments = metrics.byService.payments;
    // payments MTTA before [180, 240, 480, 600] → median (240 + 480) / 2 = 360; after [60, 120, 180, 180] → 150.
    expect(payments?.before.mtta.medianSeconds).toBe(360);
    expect(payments?.after.mtta.medianSeconds).toBe(150);
    expect(payments?.mtta.medianChangePercent).toBeCloseTo(-58.333, 3);
    // payments MTTR before [3600, 5400, 10800] → 5400; after [1200, 2400, 2400] → 2400.
    expect(payments?.mttr.medianChangePercent).toBeCloseTo(-55.556, 3);
    // checkout MTTR before [1200, 1800] → 1500; after [600, 960] → 780: −48 %.
    expect(metrics.byService.checkout?.mttr.medianChangePercent).toBeCloseTo(-48, 6);
    expect(metrics.bySeverity.critical?.before.incidents).toBe(4);
  });

  it('uses the time zone for a bare adoption date and can limit the range', () => {
    // Midnight in Berlin on 1 March is 2026-02-28T23:00Z: nothing created in that hour, same split.
    const berlin = computeResponseMetrics(parsed.incidents, {
      since: '2026-03-01',
      timeZone: 'Europe/Berlin',
    });
    expect(berlin.since).toBe('2026-02-28T23:00:00.000Z');
    expect(berlin.overall.after.incidents).toBe(6);
    // Until 2026-03-05: B3, B4, B5 left out; from 2026-02-10: A1, A2 left out (A3 at 11:00Z stays).
    const limited = computeResponseMetrics(parsed.incidents, {
      since: '2026-03-01T00:00:00Z',
      until: '2026-03-05T00:00:00Z',
      baselineStart: '2026-02-10T00:00:00Z',
    });
    expect(limited.excluded).toBe(5);
    expect([limited.overall.before.incidents, limited.overall.after.incidents]).toEqual([4, 3]);
    expect(() => computeResponseMetrics(parsed.incidents, { since: 'last spring' })).toThrow(
      /since: "last spring" is not an ISO 8601/,
    );
  });
});

describe('PagerDuty exports (hand-computed)', () => {
  it('reads the incidents CSV export: seconds_to_first_ack, resolved_on, urgency', () => {
    const parsed = parseIncidentExport(fixture('pagerduty-incidents.csv'));
    expect(parsed.format).toBe('pagerduty-csv');
    const incident = parsed.incidents[0];
    // created 09:15−05:00 = 14:15Z; ack 300 s later; resolved 10:05−05:00 = 15:05Z.
    expect(incident).toMatchObject({
      id: 'Q0ZN3AC2RF0SWH',
      service: 'payments-api',
      severity: 'high',
      createdAt: '2026-02-03T14:15:00.000Z',
      acknowledgedAt: '2026-02-03T14:20:00.000Z',
      resolvedAt: '2026-02-03T15:05:00.000Z',
    });
    const metrics = computeResponseMetrics(parsed.incidents, { since: '2026-03-01' });
    // Before: MTTA [300, 600] (1042 never acked) → median 450; MTTR [3000, 2700] (1043 open) → 2850.
    // After: MTTA [460, 120] → 290; MTTR [2700, 1800] → 2250. Changes −35.56 % and −21.05 %.
    expect(metrics.overall.before).toMatchObject({ incidents: 3, unacknowledged: 1, unresolved: 1 });
    expect(metrics.overall.before.mtta.medianSeconds).toBe(450);
    expect(metrics.overall.before.mttr.medianSeconds).toBe(2850);
    expect(metrics.overall.after.mtta.medianSeconds).toBe(290);
    expect(metrics.overall.after.mttr.medianSeconds).toBe(2250);
    expect(metrics.overall.mtta.medianChangePercent).toBeCloseTo(-35.556, 3);
    expect(metrics.overall.mttr.medianChangePercent).toBeCloseTo(-21.053, 3);
    // MTTA before [300, 600] vs after [120, 460], no ties: U = 1; exact, U = 0..4 occurs 1,1,2,1,1 times
    // → P(U ≤ 1) = 2/6 → p = 2/3.
    expect(metrics.overall.mtta.test).toMatchObject({ u: 1, method: 'exact' });
    expect(metrics.overall.mtta.test?.pValue).toBeCloseTo(2 / 3, 10);
    expect(Object.keys(metrics.bySeverity)).toEqual(['high', 'low']);
  });

  it('reads REST API pages with log entries: first acknowledgement, last resolution, and warns when ack data is missing', () => {
    const parsed = parseIncidentExport(fixture('pagerduty-incidents.json'));
    expect(parsed.format).toBe('pagerduty-json');
    expect(parsed.incidents).toEqual([
      // The first acknowledge_log_entry (14:20), not the later re-acknowledgement; the resolve log entry
      // (15:04:30) wins over resolved_at; priority P1 wins over urgency.
      expect.objectContaining({
        id: 'Q0ZN3AC2RF0SWH',
        severity: 'p1',
        acknowledgedAt: '2026-02-03T14:20:00.000Z',
        resolvedAt: '2026-02-03T15:04:30.000Z',
      }),
      // Resolved, no log entries and an emptied acknowledgements list: acknowledgement unknown.
      expect.objectContaining({
        id: 'Q1KJ4Y0OV4ZQ2P',
        severity: 'low',
        acknowledgedAt: null,
        resolvedAt: '2026-02-09T14:45:00.000Z',
      }),
      // Still acknowledged: the earliest of its acknowledgements; not resolved.
      expect.objectContaining({
        id: 'Q5ACKD0PEN0001',
        service: 'checkout',
        acknowledgedAt: '2026-03-20T08:02:00.000Z',
        resolvedAt: null,
      }),
    ]);
    expect(parsed.warnings).toEqual([
      expect.stringMatching(
        /^1 resolved incident\(s\) have no acknowledgement data: GET \/incidents empties/,
      ),
    ]);
    const metrics = computeResponseMetrics(parsed.incidents, { since: '2026-03-01' });
    // Before: MTTR [2970, 2700] → median 2835; MTTA [300]. After: MTTA [120], MTTR none (1 open).
    expect(metrics.overall.before.mttr.medianSeconds).toBe(2835);
    expect(metrics.overall.after).toMatchObject({
      incidents: 1,
      unresolved: 1,
      mtta: { count: 1, medianSeconds: 120 },
    });
    expect(metrics.overall.mttr.note).toBe('no comparison: no data after the adoption date');
  });
});
