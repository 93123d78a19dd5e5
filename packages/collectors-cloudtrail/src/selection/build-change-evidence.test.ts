import type { Event } from '@aws-sdk/client-cloudtrail';
import { describe, expect, it } from 'vitest';
import { createEventNameMatcher } from '../events/event-name-matcher.js';
import { buildChangeEvidence, type ChangeEvidenceOptions } from './build-change-evidence.js';

function event(id: string, name: string, time: string, extra: Partial<Event> = {}): Event {
  return {
    EventId: id,
    EventName: name,
    EventTime: new Date(time),
    ReadOnly: 'false',
    Username: 'alice',
    CloudTrailEvent: '{}',
    ...extra,
  };
}

const options: ChangeEvidenceOptions = {
  window: { start: new Date('2026-03-04T06:00:00Z'), end: new Date('2026-03-04T10:15:00Z') },
  maxItems: 100,
  isHighSignal: createEventNameMatcher(['RunInstances', 'ModifyDBInstance']),
  isIgnored: createEventNameMatcher(['AssumeRole']),
  otherWriteEvents: 'keep',
  resolveService: () => null,
  requestParametersMaxLength: 200,
};

describe('buildChangeEvidence', () => {
  it('keeps each EventId once across regions and lookups, in time order', () => {
    const run = event('e1', 'RunInstances', '2026-03-04T09:00:00Z');
    const { evidence } = buildChangeEvidence(
      [
        { region: 'us-east-1', events: [event('e2', 'CreateTags', '2026-03-04T09:30:00Z'), run] },
        { region: 'us-east-1', events: [run] },
      ],
      options,
    );
    expect(evidence.map((item) => item.id)).toEqual(['ct_e1', 'ct_e2']);
  });

  it('drops read-only and ignored events, and low-signal writes when asked to', () => {
    const events = [
      event('read', 'DescribeInstances', '2026-03-04T09:00:00Z', { ReadOnly: 'true' }),
      event('assume', 'AssumeRole', '2026-03-04T09:00:00Z'),
      event('tags', 'CreateTags', '2026-03-04T09:00:00Z'),
      event('run', 'RunInstances', '2026-03-04T09:00:00Z'),
    ];
    const kept = buildChangeEvidence([{ region: 'us-east-1', events }], options);
    expect(kept.evidence.map((item) => item.id)).toEqual(['ct_run', 'ct_tags']);
    const dropped = buildChangeEvidence([{ region: 'us-east-1', events }], {
      ...options,
      otherWriteEvents: 'drop',
    });
    expect(dropped.evidence.map((item) => item.id)).toEqual(['ct_run']);
  });

  it('ranks high-signal changes, then other writes, then failed calls, newest first, over maxItems', () => {
    const failed = JSON.stringify({ errorCode: 'AccessDenied', errorMessage: 'no' });
    const events = [
      event('old-run', 'RunInstances', '2026-03-04T07:00:00Z'),
      event('new-run', 'RunInstances', '2026-03-04T10:00:00Z'),
      event('failed-run', 'RunInstances', '2026-03-04T10:05:00Z', { CloudTrailEvent: failed }),
      event('tags', 'CreateTags', '2026-03-04T10:10:00Z'),
    ];
    const rank = (maxItems: number) =>
      buildChangeEvidence([{ region: 'us-east-1', events }], { ...options, maxItems }).evidence.map(
        (item) => item.id,
      );
    expect(rank(1)).toEqual(['ct_new-run']);
    expect(rank(2)).toEqual(['ct_old-run', 'ct_new-run']);
    expect(rank(3)).toEqual(['ct_old-run', 'ct_new-run', 'ct_tags']);
    const { warnings } = buildChangeEvidence([{ region: 'us-east-1', events }], { ...options, maxItems: 3 });
    expect(warnings).toEqual([
      expect.stringMatching(/^4 change events in the window; kept the 3 most significant/),
    ]);
  });

  it('reports events without an EventTime instead of placing them anywhere', () => {
    const { evidence, warnings } = buildChangeEvidence(
      [{ region: 'us-east-1', events: [{ EventId: 'x', EventName: 'RunInstances' }] }],
      options,
    );
    expect(evidence).toEqual([]);
    expect(warnings).toEqual(['1 event(s) without an EventTime were left out.']);
  });
});
