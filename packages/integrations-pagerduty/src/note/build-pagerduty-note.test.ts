import { CO_OCCURRING_LABEL, type TriageReport } from '@triagekit/core';
import { createSampleTriageReport } from '@triagekit/core/testing';
import { describe, expect, it } from 'vitest';
import { buildPagerDutyNote } from './build-pagerduty-note.js';

const reportUrl = 'https://triage.example.com/reports/tr_5f3c9a1e7b2d4c68';

function crowded(count: number): TriageReport {
  const report = createSampleTriageReport();
  const [service] = report.affectedServices;
  const [pattern] = report.errorPatterns;
  if (!service || !pattern) throw new Error('the sample report has a service and a pattern');
  report.affectedServices = Array.from({ length: count }, (_, index) => ({
    ...service,
    service: `service-${index}`,
    reasons: ['x'.repeat(400)],
  }));
  report.errorPatterns = Array.from({ length: count }, (_, index) => ({
    ...pattern,
    count: index + 1,
    template: `ERROR ${'y'.repeat(400)}`,
  }));
  return report;
}

describe('buildPagerDutyNote', () => {
  const note = buildPagerDutyNote(createSampleTriageReport(), { reportUrl });

  it('opens with the alert, its severity, the onset and the model summary', () => {
    const lines = note.split('\n');
    expect(lines[0]).toBe('triagekit triage: PaymentsLatencyHigh: p99 > 2s (critical)');
    expect(lines[1]).toBe('Onset: 09:52:10 UTC, Errors started at 09:52:10, 7m50s before the alert');
    expect(lines[2]).toMatch(/^Summary \(scripted-model\): payments-api has been failing/);
  });

  it('lists services, changes marked co-occurring, patterns and runbooks, then the link', () => {
    expect(note).toContain(
      '1. payments (score 0.92): named in the alert labels; 2 error log lines in the window',
    );
    expect(note).toContain(`Changes before the onset (${CO_OCCURRING_LABEL}):`);
    expect(note).toContain(
      '- 09:40:00 UTC payments: Deployed payments-api v2.14.0 (db pool size 50 -> 10) [12.2 min before onset]',
    );
    expect(note).toContain(
      '- 2x error: ERROR could not acquire connection from pool within <*> ms (pool size <*>)',
    );
    expect(note).toContain(
      '- High request latency (relevance 0.71): https://runbooks.example.com/high-latency',
    );
    expect(note).toContain('Degraded sources: git:infra-repo (timed-out)');
    expect(note.split('\n').slice(-2)).toEqual([
      `Full report: ${reportUrl}`,
      'triagekit suggests; a human decides and acts.',
    ]);
  });

  it('says when no runbook fits, and when no knowledge base was searched', () => {
    const report = createSampleTriageReport();
    report.runbooks = { confident: false, query: 'q', matches: report.runbooks?.matches ?? [] };
    expect(buildPagerDutyNote(report)).toContain('Runbooks: no runbook found that fits.');
    report.runbooks = null;
    expect(buildPagerDutyNote(report)).toContain(
      'Runbooks: no runbook found (no knowledge base configured).',
    );
  });

  it('shows maxItems items per section and counts the rest', () => {
    const text = buildPagerDutyNote(crowded(7), { maxItems: 2, maxLength: 25_000 });
    expect(text).toContain('2. service-1');
    expect(text).not.toContain('3. service-2');
    expect(text.match(/\(\+5 more in the full report\)/g)).toHaveLength(2);
  });

  it('keeps within maxLength by dropping whole lines, saying so, and keeping the link', () => {
    const text = buildPagerDutyNote(crowded(20), { reportUrl, maxLength: 1_000, maxItems: 20 });
    expect(text.length).toBeLessThanOrEqual(1_000);
    expect(text).toContain('[Cut to 1000 characters to keep the note short; the full report has the rest.]');
    expect(text).toContain(`Full report: ${reportUrl}`);
    expect(text.endsWith('triagekit suggests; a human decides and acts.')).toBe(true);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(300);
  });

  it('folds untrusted multi-line text onto one line and drops control characters', () => {
    const report = createSampleTriageReport();
    report.alert.title = 'Disk full\n\nrm -rf /\u0007 now';
    expect(buildPagerDutyNote(report).split('\n')[0]).toBe(
      'triagekit triage: Disk full rm -rf / now (critical)',
    );
  });
});
