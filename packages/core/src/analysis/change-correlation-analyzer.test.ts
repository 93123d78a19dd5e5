import { describe, expect, it } from 'vitest';
import { at, fixtureAlert } from '../__fixtures__/incident-fixture.js';
import { createTriagePipeline, type EvidenceInput } from '../index.js';
import { MockCollectorV1 } from '../testing/index.js';

function errors(service: string, fromMinute: number, count: number, text: string): EvidenceInput[] {
  return Array.from({ length: count }, (_unused, index) => ({
    kind: 'log' as const,
    time: at(fromMinute + index * 0.5),
    service,
    severity: 'error' as const,
    text,
  }));
}

async function rank(changes: EvidenceInput[], logs: EvidenceInput[]) {
  const { report } = await createTriagePipeline({
    collectors: [
      new MockCollectorV1({ collectorId: 'logs', evidence: logs }),
      new MockCollectorV1({ collectorId: 'changes', evidence: changes }),
    ],
  }).run(fixtureAlert);
  return report;
}

describe('change correlation', () => {
  const logs = [...errors('checkout', -10, 20, 'payment gateway returned 502')];

  it('ranks a change on the affected service above a closer change elsewhere', async () => {
    const report = await rank(
      [
        { kind: 'change', time: at(-40), service: 'checkout', text: 'checkout: new gateway client' },
        { kind: 'change', time: at(-11), service: 'billing-batch', text: 'billing-batch: cron schedule' },
      ],
      [
        ...logs,
        { kind: 'log', time: at(-100), service: 'billing-batch', severity: 'info', text: 'batch ok' },
      ],
    );
    expect(report.changes.map((change) => change.service)).toEqual(['checkout', 'billing-batch']);
    expect(report.changes[0]).toMatchObject({ touchesAffectedService: true, minutesBeforeOnset: 30 });
    expect(report.changes[1]).toMatchObject({ touchesAffectedService: false, minutesBeforeOnset: 1 });
  });

  it('among changes to the same service, prefers the one nearest before the onset', async () => {
    const report = await rank(
      [
        { kind: 'change', time: at(-200), service: 'checkout', text: 'old deploy' },
        { kind: 'change', time: at(-15), service: 'checkout', text: 'recent deploy' },
      ],
      logs,
    );
    expect(report.changes[0]?.title).toMatch(
      /^recent deploy — 5 min before the onset, affected service checkout/,
    );
  });

  it('puts changes after the onset below changes before it', async () => {
    const report = await rank(
      [
        { kind: 'change', time: at(-5), service: 'checkout', text: 'rollback attempt' },
        { kind: 'change', time: at(-90), service: 'checkout', text: 'config change' },
      ],
      logs,
    );
    expect(report.changes.map((change) => change.title.split(' — ')[0])).toEqual([
      'config change',
      'rollback attempt',
    ]);
    expect(report.changes[1]?.minutesBeforeOnset).toBe(-5);
  });

  it('labels every change as co-occurring, not proven causal', async () => {
    const report = await rank(
      [{ kind: 'change', time: at(-30), service: null, text: 'RunInstances i-0abc' }],
      logs,
    );
    expect(report.changes.every((change) => change.causality === 'co-occurring — not proven causal')).toBe(
      true,
    );
  });

  it('falls back to the alert start as onset when no new error pattern precedes the alert', async () => {
    const report = await rank([], []);
    expect(report.onset).toMatchObject({ basis: 'alert-start', time: at(0) });
    expect(report.suggestions[0]?.title).toBe('No recorded change before the onset');
  });
});

describe('affected services', () => {
  it('credits a dependency that callers name in their errors', async () => {
    const report = await rank(
      [],
      [
        ...errors('web', -10, 10, 'call to ledger failed: deadline exceeded'),
        ...errors('api', -9, 10, 'ledger unavailable'),
        { kind: 'log', time: at(-50), service: 'ledger', severity: 'info', text: 'started' },
      ],
    );
    const ledger = report.affectedServices.find((finding) => finding.service === 'ledger');
    expect(ledger?.reasons).toContain('named in 20 error(s) of api, web');
  });
});
