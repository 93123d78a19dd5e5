import type { EvidenceInput } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { selectWithinMaxItems } from './select-within-max-items.js';

const item = (
  kind: EvidenceInput['kind'],
  severity: EvidenceInput['severity'],
  time: string,
  text: string,
): EvidenceInput => ({
  kind,
  severity,
  time,
  text,
});

describe('selectWithinMaxItems', () => {
  const items = [
    item('log', 'info', '2026-03-04T10:00:00Z', 'newest info'),
    item('change', 'info', '2026-03-04T06:00:00Z', 'old rollout'),
    item('log', 'error', '2026-03-04T09:00:00Z', 'older error'),
    item('event', 'error', '2026-03-04T09:30:00Z', 'newer error'),
    item('log', 'warning', '2026-03-04T09:59:00Z', 'warning'),
  ];

  it('keeps changes, then the most severe, then the newest, in input order, with a warning', () => {
    const selected = selectWithinMaxItems(items, 3);
    expect(selected.evidence.map((entry) => entry.text)).toEqual([
      'old rollout',
      'older error',
      'newer error',
    ]);
    expect(selected.warning).toMatch(/^5 items in the window; kept 3 \(maxItems\)/);
    expect(selectWithinMaxItems(items, 2).evidence.map((entry) => entry.text)).toEqual([
      'old rollout',
      'newer error',
    ]);
  });

  it('keeps everything under the cap, and nothing at zero', () => {
    expect(selectWithinMaxItems(items, 5)).toEqual({ evidence: items, warning: null });
    expect(selectWithinMaxItems(items, 0).evidence).toEqual([]);
  });
});
