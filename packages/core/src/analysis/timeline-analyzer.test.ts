import { describe, expect, it } from 'vitest';
import { at, fixtureAlert } from '../__fixtures__/incident-fixture.js';
import { createTriagePipeline } from '../index.js';
import { MockCollectorV1 } from '../testing/index.js';

describe('timeline', () => {
  it('lists a warning event once, not again as the onset of its own pattern', async () => {
    const { report } = await createTriagePipeline({
      collectors: [
        new MockCollectorV1({
          collectorId: 'kubernetes',
          evidence: [
            {
              kind: 'event',
              time: at(-6),
              service: 'payments',
              severity: 'warning',
              text: 'Back-off restarting failed container',
              attributes: { reason: 'BackOff' },
            },
            { kind: 'change', time: at(-20), service: 'payments', text: 'payments: image 1.4 -> 1.5' },
          ],
        }),
        new MockCollectorV1({
          collectorId: 'logs',
          evidence: [
            { kind: 'log', time: at(-5), service: 'payments', severity: 'error', text: 'pool exhausted' },
          ],
        }),
      ],
    }).run(fixtureAlert);
    const cited = report.timeline.map((entry) => entry.evidenceIds[0]);
    expect(new Set(cited).size).toBe(cited.length);
    expect(report.timeline.map((entry) => entry.entryKind)).toEqual([
      'change',
      'event',
      'pattern-onset',
      'alert',
    ]);
  });
});
