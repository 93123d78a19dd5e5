import { describe, expect, it } from 'vitest';
import type { TimelineEntryFinding } from '../schema/finding.js';
import { createSampleTriageReport } from '../testing/index.js';
import { selectTimelineEntries } from './select-timeline-entries.js';

function entry(
  id: string,
  minute: number,
  entryKind: TimelineEntryFinding['entryKind'],
): TimelineEntryFinding {
  return {
    id,
    analyzerId: 'timeline',
    type: 'timeline-entry',
    title: id,
    evidenceIds: ['ev_alert_fired'],
    time: new Date(Date.parse('2026-03-04T09:52:10.000Z') + minute * 60_000).toISOString(),
    service: null,
    severity: 'info',
    entryKind,
  };
}

describe('selectTimelineEntries', () => {
  const report = {
    ...createSampleTriageReport(),
    timeline: [
      entry('event-far', -120, 'event'),
      entry('event-near', -1, 'event'),
      entry('change-far', -200, 'change'),
      entry('onset', 0, 'pattern-onset'),
      entry('alert', 8, 'alert'),
      entry('metric-near', 1, 'metric'),
    ],
  };

  it('keeps alerts, changes and pattern onsets first, then entries nearest the onset, oldest first', () => {
    expect(selectTimelineEntries(report, 4).map((kept) => kept.id)).toEqual([
      'change-far',
      'event-near',
      'onset',
      'alert',
    ]);
  });

  it('keeps everything when there is room, and nothing for a count of 0', () => {
    expect(selectTimelineEntries(report, 10)).toHaveLength(6);
    expect(selectTimelineEntries(report, 0)).toEqual([]);
  });
});
