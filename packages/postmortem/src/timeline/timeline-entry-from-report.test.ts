import { CO_OCCURRING_LABEL } from '@triagekit/core';
import { createSampleTriageReport } from '@triagekit/core/testing';
import { describe, expect, it } from 'vitest';
import { timelineEntryInputSchema } from './timeline-entry.js';
import { timelineEntryFromReport } from './timeline-entry-from-report.js';

describe('timelineEntryFromReport', () => {
  it('keeps the key findings with their evidence ids, and only the evidence they cite, shortened', () => {
    const report = createSampleTriageReport();
    const long = 'ERROR '.repeat(200);
    report.evidence = report.evidence.map((item) =>
      item.id === 'ev_pool_exhausted_1' ? { ...item, text: long } : item,
    );
    const entry = timelineEntryFromReport(report, { reportPath: 'out/report.json' });
    expect(timelineEntryInputSchema.safeParse(entry).success).toBe(true);
    expect(entry).toMatchObject({ kind: 'triage-report', time: report.generatedAt, author: null });
    const digest = entry.report;
    expect(digest).toMatchObject({
      reportId: report.id,
      reportPath: 'out/report.json',
      alertId: 'alert-payments-latency-high',
      onset: { time: '2026-03-04T09:52:10.000Z', basis: 'error-onset', evidenceIds: ['ev_pool_exhausted_1'] },
      runbooks: { confident: true, matches: [{ id: 'runbook-high-latency', kind: 'runbook' }] },
      degradedSources: [{ source: 'git:infra-repo', status: 'timed-out' }],
    });
    expect(digest.affectedServices.map((finding) => [finding.service, finding.evidenceIds])).toEqual([
      ['payments', ['ev_pool_exhausted_1', 'ev_pool_exhausted_2', 'ev_alert_fired']],
      ['checkout', ['ev_backoff_restart']],
    ]);
    expect(digest.keyFindings.map((finding) => [finding.type, finding.time])).toEqual([
      ['error-pattern', '2026-03-04T09:52:10.000Z'],
      ['observation', null],
    ]);
    expect(digest.changes[0]).toMatchObject({
      causality: CO_OCCURRING_LABEL,
      evidenceIds: ['ev_deploy_payments_api'],
    });
    // All six sample evidence items are cited by some finding; the long text is cut to 500 characters.
    expect(digest.evidence.map((item) => item.id).sort()).toEqual(
      report.evidence.map((item) => item.id).sort(),
    );
    const cut = digest.evidence.find((item) => item.id === 'ev_pool_exhausted_1')?.text ?? '';
    expect(cut).toHaveLength(500);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('leaves out evidence nothing cites', () => {
    const report = createSampleTriageReport();
    report.otherFindings = [];
    const digest = timelineEntryFromReport(report).report;
    expect(digest.evidence.map((item) => item.id)).not.toContain('ev_latency_metric');
  });
});
