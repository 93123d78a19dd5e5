import { createTriagePipeline } from '@triagekit/core';
import { describeCollectorV1Conformance } from '@triagekit/core/testing';
import { expect, it } from 'vitest';
import { deployLogCollector } from './deploy-log-collector.js';

const lines = [
  '2026-03-04T09:50:00Z payments v1.42.0 deployed by dana',
  'garbage',
  '2026-03-01T00:00:00Z old v1 deployed by x',
];

it('reports deploys in the window as changes', async () => {
  const pipeline = createTriagePipeline({ collectors: [deployLogCollector(async () => lines)] });
  const { report } = await pipeline.run({ title: 'Payments errors', startsAt: '2026-03-04T10:00:00Z' });
  expect(report.changes.map((change) => change.service)).toEqual(['payments']);
});

describeCollectorV1Conformance({ name: 'deploy-log', create: () => deployLogCollector(async () => lines) });
