import { describe, expect, it } from 'vitest';
import { at, fixtureAlert } from '../__fixtures__/incident-fixture.js';
import { createTriagePipeline, type EvidenceInput, renderReportMarkdown } from '../index.js';
import { SECRET_CORPUS } from '../redaction/__fixtures__/secret-corpus.js';
import { MockCollectorV1 } from '../testing/index.js';

function toEvidence(entry: (typeof SECRET_CORPUS)[number], index: number): EvidenceInput {
  const time = at(-30 + index * 0.25);
  switch (entry.format) {
    case 'kubernetes-event':
      return {
        kind: 'event',
        time,
        service: 'payments',
        severity: 'warning',
        text: entry.text,
        attributes: { reason: 'Failed', message: entry.text },
      };
    case 'git-commit-message':
      return {
        kind: 'change',
        time,
        service: 'payments',
        severity: 'info',
        text: entry.text,
        links: [{ label: 'commit', url: `https://git.example.com/c/${index}` }],
      };
    case 'cloudtrail':
      return {
        kind: 'change',
        time,
        service: null,
        severity: 'info',
        text: `CloudTrail event ${index}`,
        attributes: { requestParameters: entry.text },
      };
    default:
      return {
        kind: 'log',
        time,
        service: 'payments',
        severity: 'error',
        text: entry.text,
        attributes: { raw: entry.text },
      };
  }
}

describe('redaction through the whole pipeline', () => {
  const annotationEntries = SECRET_CORPUS.filter((entry) => entry.format === 'alert-annotation');
  const evidenceEntries = SECRET_CORPUS.filter((entry) => entry.format !== 'alert-annotation');
  const alert = {
    ...fixtureAlert,
    annotations: Object.fromEntries(annotationEntries.map((entry, index) => [`note${index}`, entry.text])),
  };

  it('uses a corpus of at least 30 secrets across logs, events, changes and alert annotations', () => {
    expect(SECRET_CORPUS.flatMap((entry) => entry.secrets).length).toBeGreaterThanOrEqual(30);
    expect(annotationEntries.length).toBeGreaterThan(0);
    expect(new Set(evidenceEntries.map((entry) => entry.format)).size).toBeGreaterThanOrEqual(5);
  });

  it('lets no secret survive into the report, its Markdown, or the analysed evidence', async () => {
    const collector = new MockCollectorV1({
      collectorId: 'planted',
      evidence: evidenceEntries.map(toEvidence),
    });
    const { report, evidence } = await createTriagePipeline({ collectors: [collector] }).run(alert);
    const outputs = [JSON.stringify(report), renderReportMarkdown(report), JSON.stringify(evidence)];
    const leaks: string[] = [];
    for (const entry of SECRET_CORPUS) {
      for (const secret of entry.secrets) {
        if (outputs.some((output) => output.includes(secret)))
          leaks.push(`${entry.name}: ${secret.slice(0, 12)}…`);
      }
    }
    expect(leaks).toEqual([]);
    expect(report.redaction.total).toBeGreaterThanOrEqual(SECRET_CORPUS.length);
    expect(report.redaction.evidenceItemsRedacted).toBe(evidenceEntries.length);
    // The redacted texts are still there, and still cited: redaction removes the secret, not the evidence.
    expect(report.evidence.some((item) => item.text.includes('[REDACTED:'))).toBe(true);
    expect(Object.values(report.alert.annotations).every((value) => value.includes('[REDACTED:'))).toBe(true);
  });

  it('redacts secrets quoted in collector failures', async () => {
    const failing = new MockCollectorV1({
      collectorId: 'db',
      error: new Error(
        'connect failed: postgres://app:Hunter2-very-secret@db.internal:5432/payments refused',
      ),
    });
    const { report } = await createTriagePipeline({ collectors: [failing] }).run(fixtureAlert);
    expect(JSON.stringify(report)).not.toContain('Hunter2-very-secret');
    expect(report.degradedSources[0]?.message).toContain('postgres://app:');
  });

  it('applies user rules from the options', async () => {
    const collector = new MockCollectorV1({
      collectorId: 'logs',
      evidence: [
        {
          kind: 'log',
          time: at(-1),
          service: 'billing',
          severity: 'error',
          text: 'charge failed for account ACCT-12345678',
        },
      ],
    });
    const { evidence, report } = await createTriagePipeline({
      collectors: [collector],
      redaction: { rules: [{ id: 'account-number', pattern: /ACCT-\d{8}/g }] },
    }).run(fixtureAlert);
    expect(evidence.find((item) => item.collectorId === 'logs')?.text).toBe(
      'charge failed for account [REDACTED:account-number]',
    );
    expect(report.redaction.byRule['account-number']).toBe(1);
  });
});
