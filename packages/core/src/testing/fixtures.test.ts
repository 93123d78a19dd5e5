import { describe, expect, it } from 'vitest';
import { alertSchema } from '../schema/alert.js';
import { evidenceSchema } from '../schema/evidence.js';
import { triageReportSchema } from '../schema/triage-report.js';
import { createSampleAlert } from './fixtures/sample-alert.js';
import { createSampleEvidence } from './fixtures/sample-evidence.js';
import { createSampleTriageReport } from './fixtures/sample-report.js';
import { createSampleRunbookDocuments } from './fixtures/sample-runbook-documents.js';
import { createSampleTimeWindow } from './fixtures/sample-time-window.js';

describe('sample fixtures', () => {
  it('createSampleAlert returns a valid alert starting at 10:00 UTC, applying overrides', () => {
    const alert = createSampleAlert();
    expect(alertSchema.parse(alert)).toEqual(alert);
    expect(alert.startsAt).toBe('2026-03-04T10:00:00.000Z');
    expect(createSampleAlert({ severity: 'warning' }).severity).toBe('warning');
  });

  it('createSampleTimeWindow spans four hours before the alert to fifteen minutes after', () => {
    const window = createSampleTimeWindow();
    expect(window.start.toISOString()).toBe('2026-03-04T06:00:00.000Z');
    expect(window.end.toISOString()).toBe('2026-03-04T10:15:00.000Z');
  });

  it('createSampleEvidence returns valid evidence inside the window, ordered by time', () => {
    const evidence = createSampleEvidence();
    const window = createSampleTimeWindow();
    for (const item of evidence) {
      expect(evidenceSchema.parse(item)).toEqual(item);
      expect(Date.parse(item.time)).toBeGreaterThanOrEqual(window.start.getTime());
      expect(Date.parse(item.time)).toBeLessThanOrEqual(window.end.getTime());
    }
    const times = evidence.map((item) => Date.parse(item.time));
    expect(times).toEqual([...times].sort((left, right) => left - right));
    expect(new Set(evidence.map((item) => item.id)).size).toBe(evidence.length);
  });

  it('createSampleTriageReport validates against triageReportSchema', () => {
    const report = createSampleTriageReport();
    expect(triageReportSchema.parse(report)).toEqual(report);
  });

  it('createSampleTriageReport cites only evidence it contains', () => {
    const report = createSampleTriageReport();
    const known = new Set(report.evidence.map((item) => item.id));
    const findings = [
      ...(report.onset ? [report.onset] : []),
      ...report.affectedServices,
      ...report.timeline,
      ...report.errorPatterns,
      ...report.changes,
      ...report.suggestions,
      ...report.otherFindings,
    ];
    const cited = [
      ...findings.flatMap((finding) => finding.evidenceIds),
      ...(report.summary?.claims.flatMap((claim) => claim.evidenceIds) ?? []),
    ];
    expect(cited.filter((id) => !known.has(id))).toEqual([]);
  });

  it('fixtures return fresh objects on every call', () => {
    expect(createSampleTriageReport()).not.toBe(createSampleTriageReport());
    const first = createSampleRunbookDocuments();
    first.pop();
    expect(createSampleRunbookDocuments()).toHaveLength(6);
  });

  it('createSampleRunbookDocuments has unique ids and conventional metadata', () => {
    const documents = createSampleRunbookDocuments();
    expect(new Set(documents.map((document) => document.id)).size).toBe(6);
    for (const document of documents) {
      expect(['runbook', 'post-mortem']).toContain(document.metadata.kind);
      expect(Array.isArray(document.metadata.services)).toBe(true);
    }
  });
});
