import type { Severity } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { BoundedEvidenceSelection } from './bounded-evidence-selection.js';
import { createTimeFiller } from './create-time-filler.js';
import { describeCap } from './describe-cap.js';
import type { LogEvidence } from './log-evidence.js';

function item(text: string, severity: Severity, minute: number): [LogEvidence, number] {
  const time = Date.UTC(2026, 2, 4, 9, minute);
  return [
    { kind: 'log', time: new Date(time).toISOString(), service: null, severity, text, attributes: {} },
    time,
  ];
}

describe('BoundedEvidenceSelection', () => {
  it('keeps the most severe, then newest, items in the order they were offered', () => {
    const selection = new BoundedEvidenceSelection(3);
    const offered = [
      item('old error', 'error', 1),
      item('info', 'info', 2),
      item('critical', 'critical', 3),
      item('new error', 'error', 4),
      item('warning', 'warning', 5),
      item('debug', 'debug', 6),
      item('newest info', 'info', 7),
    ];
    for (const [evidence, time] of offered) selection.add(evidence, time);
    expect(selection.items().map((evidence) => evidence.text)).toEqual([
      'old error',
      'critical',
      'new error',
    ]);
    expect(selection.offered).toBe(7);
    expect(selection.dropped).toBe(4);
  });

  it('keeps nothing with capacity 0 and everything under the cap', () => {
    const none = new BoundedEvidenceSelection(0);
    const all = new BoundedEvidenceSelection(10);
    for (const [evidence, time] of [item('a', 'info', 1), item('b', 'error', 2)]) {
      none.add(evidence, time);
      all.add(evidence, time);
    }
    expect(none.items()).toEqual([]);
    expect(all.items().map((evidence) => evidence.text)).toEqual(['a', 'b']);
  });

  it('stays correct across many compactions', () => {
    const selection = new BoundedEvidenceSelection(5);
    for (let minute = 0; minute < 50; minute += 1) {
      const [evidence, time] = item(`line ${minute}`, minute % 10 === 0 ? 'error' : 'info', minute);
      selection.add(evidence, time);
    }
    expect(selection.items().map((evidence) => evidence.text)).toEqual([
      'line 0',
      'line 10',
      'line 20',
      'line 30',
      'line 40',
    ]);
  });
});

describe('createTimeFiller', () => {
  it('gives untimed records the time of the nearest preceding timed one, and null before any', () => {
    const timeOf = createTimeFiller();
    expect([timeOf(null), timeOf(5), timeOf(null), timeOf(9), timeOf(null)]).toEqual([null, 5, 5, 9, 9]);
  });
});

describe('describeCap', () => {
  it('says what the cap left out, and nothing under it', () => {
    expect(describeCap(3, 3, 'log records')).toBeNull();
    expect(describeCap(10, 3, 'log records')).toMatch(/10 log records.*kept the 3 most severe, then newest/);
  });
});
