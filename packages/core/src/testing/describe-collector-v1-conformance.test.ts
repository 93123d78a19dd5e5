import { describe, expect, it } from 'vitest';
import { UnsupportedSpecificationVersionError } from '../errors/unsupported-specification-version-error.js';
import type { EvidenceInput } from '../schema/evidence.js';
import type { CollectorV1 } from '../spec/collector-v1.js';
import { defineCollector } from '../spec/define-collector.js';
import {
  checkCollectorV1Deterministic,
  checkCollectorV1EvidenceInsideWindow,
  checkCollectorV1Identity,
  checkCollectorV1RespectsMaxItems,
  checkCollectorV1ResultShape,
  checkCollectorV1StopsWhenAborted,
} from './checks/collector-v1-checks.js';
import { ConformanceError } from './checks/conformance-error.js';
import { describeCollectorV1Conformance } from './describe-collector-v1-conformance.js';
import { createSampleAlert } from './fixtures/sample-alert.js';
import { createSampleTimeWindow } from './fixtures/sample-time-window.js';
import { MockCollectorV1 } from './mock-collector-v1.js';

function logLines(count: number, start: Date): EvidenceInput[] {
  return Array.from({ length: count }, (_, index) => ({
    kind: 'log',
    time: new Date(start.getTime() + index * 60_000).toISOString(),
    service: 'payments',
    severity: 'error',
    text: `connection refused (${index})`,
  }));
}

describeCollectorV1Conformance({
  name: 'MockCollectorV1 (no evidence)',
  create: () => new MockCollectorV1(),
});

describeCollectorV1Conformance({
  name: 'MockCollectorV1 (evidence in the window)',
  create: () =>
    new MockCollectorV1({
      collectorId: 'logs',
      evidence: ({ window, maxItems }) => logLines(20, window.start).slice(0, maxItems),
      warnings: ['namespace kube-system is forbidden'],
    }),
});

describeCollectorV1Conformance({
  name: 'a defineCollector collector',
  create: () =>
    defineCollector('deploy-log', ({ window, maxItems, abortSignal }) => {
      abortSignal.throwIfAborted();
      return [{ kind: 'change' as const, time: window.end, service: 'payments', text: 'deploy v2' }].slice(
        0,
        maxItems,
      );
    }),
});

describe('collector conformance checks catch broken collectors', () => {
  const input = { alert: createSampleAlert(), window: createSampleTimeWindow() };

  it('rejects a collector declaring another specification version', () => {
    const collector = { ...new MockCollectorV1(), specificationVersion: 'v2' } as unknown as CollectorV1;
    expect(() => checkCollectorV1Identity(collector)).toThrow(UnsupportedSpecificationVersionError);
  });

  it('rejects a collectorId that is empty or contains whitespace', () => {
    expect(() => checkCollectorV1Identity(new MockCollectorV1({ collectorId: 'my logs' }))).toThrow(
      'must not contain whitespace',
    );
    expect(() => checkCollectorV1Identity(new MockCollectorV1({ collectorId: '' }))).toThrow(
      ConformanceError,
    );
  });

  it('rejects evidence that does not pass evidenceInputSchema', async () => {
    const collector = new MockCollectorV1({
      evidence: [{ kind: 'rumour', time: 'yesterday', text: 'x' } as unknown as EvidenceInput],
    });
    await expect(checkCollectorV1ResultShape(collector, input)).rejects.toThrow(
      /evidence\[0\] does not pass evidenceInputSchema: kind: .*time: /,
    );
  });

  it('rejects warnings that are not strings', async () => {
    const collector = defineCollector('bad-warnings', () => ({
      evidence: [],
      warnings: [42 as unknown as string],
    }));
    await expect(checkCollectorV1ResultShape(collector, input)).rejects.toThrow(
      'warnings must be an array of strings',
    );
  });

  it('rejects a result without an evidence array', async () => {
    const collector = defineCollector('no-array', () => ({}) as never);
    await expect(checkCollectorV1ResultShape(collector, input)).rejects.toThrow(ConformanceError);
  });

  it('rejects more items than maxItems', async () => {
    const collector = new MockCollectorV1({ evidence: logLines(10, input.window.start) });
    await expect(checkCollectorV1RespectsMaxItems(collector, input, 5)).rejects.toThrow(
      'returned 10 items when called with maxItems 5',
    );
  });

  it('rejects evidence outside the window', async () => {
    const before = new Date(input.window.start.getTime() - 1);
    const collector = new MockCollectorV1({ evidence: logLines(1, before) });
    await expect(checkCollectorV1EvidenceInsideWindow(collector, input)).rejects.toThrow(
      'outside the window',
    );
  });

  it('rejects a collector that ignores an aborted signal and hangs', async () => {
    const collector = new MockCollectorV1({ hang: true, ignoreAbort: true });
    await expect(checkCollectorV1StopsWhenAborted(collector, input, 50)).rejects.toThrow(
      'did not settle within 50 ms',
    );
  });

  it('rejects a collector that returns evidence despite an aborted signal', async () => {
    const unchecked: CollectorV1 = {
      specificationVersion: 'v1',
      collectorId: 'unchecked',
      doCollect: async ({ window }) => ({ evidence: logLines(1, window.start) }),
    };
    await expect(checkCollectorV1StopsWhenAborted(unchecked, input)).rejects.toThrow(
      'resolved with evidence',
    );
    const collector = new MockCollectorV1({ ignoreAbort: true, evidence: logLines(2, input.window.start) });
    await expect(checkCollectorV1StopsWhenAborted(collector, input)).rejects.toThrow(
      'resolved with evidence',
    );
  });

  it('accepts a collector that resolves with no evidence when aborted', async () => {
    const collector = defineCollector('polite', ({ abortSignal }) =>
      abortSignal.aborted ? [] : logLines(1, input.window.start),
    );
    await expect(checkCollectorV1StopsWhenAborted(collector, input)).resolves.toBeUndefined();
  });

  it('rejects a collector that returns different evidence for the same input', async () => {
    let calls = 0;
    const collector = defineCollector('flaky', ({ window }) => {
      calls += 1;
      return [{ kind: 'note' as const, time: window.start, text: `call ${calls}` }];
    });
    await expect(checkCollectorV1Deterministic(collector, input)).rejects.toThrow('different evidence');
  });

  it('ignores the order of evidence when judging determinism', async () => {
    let calls = 0;
    const collector = defineCollector('shuffled', ({ window }) => {
      calls += 1;
      const lines = logLines(3, window.start);
      return calls % 2 === 0 ? lines.reverse() : lines;
    });
    await expect(checkCollectorV1Deterministic(collector, input)).resolves.toBeUndefined();
  });
});
