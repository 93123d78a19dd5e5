import type { CoreV1Event } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { eventToEvidence } from './event-to-evidence.js';

const window = { start: new Date('2026-03-04T06:00:00Z'), end: new Date('2026-03-04T10:15:00Z') };
const context = {
  window,
  serviceOf: (namespace: string, kind: string, name: string) => `${namespace}|${kind}|${name}`,
};

function event(overrides: Partial<CoreV1Event>): CoreV1Event {
  return {
    metadata: { name: 'payments-api-7d9c8b7f6d-x2x9k.18a9c3f1d2e4b5a6', namespace: 'prod' },
    involvedObject: { kind: 'Pod', namespace: 'prod', name: 'payments-api-7d9c8b7f6d-x2x9k' },
    reason: 'BackOff',
    message: 'Back-off restarting failed container payments-api',
    type: 'Warning',
    source: { component: 'kubelet', host: 'node-a' },
    firstTimestamp: new Date('2026-03-04T09:51:02Z'),
    lastTimestamp: new Date('2026-03-04T10:04:40Z'),
    count: 14,
    ...overrides,
  };
}

describe('eventToEvidence', () => {
  it('maps a repeated warning to a classified event at its last occurrence', () => {
    expect(eventToEvidence(event({}), context)).toEqual({
      kind: 'event',
      time: new Date('2026-03-04T10:04:40Z'),
      service: 'prod|Pod|payments-api-7d9c8b7f6d-x2x9k',
      severity: 'warning',
      text: 'Pod prod/payments-api-7d9c8b7f6d-x2x9k: Back-off restarting failed container payments-api (×14 since 2026-03-04T09:51:02.000Z)',
      attributes: {
        reason: 'BackOff',
        reasonClass: 'back-off',
        type: 'Warning',
        namespace: 'prod',
        involvedObject: 'Pod/payments-api-7d9c8b7f6d-x2x9k',
        count: 14,
        firstTimestamp: '2026-03-04T09:51:02.000Z',
        lastTimestamp: '2026-03-04T10:04:40.000Z',
        reportingComponent: 'kubelet',
        node: 'node-a',
      },
    });
  });

  it('classifies the important reasons and falls back to the event type for the others', () => {
    const classes = [
      ['Pulling', 'Normal'],
      ['Killing', 'Normal'],
      ['ScalingReplicaSet', 'Normal'],
      ['Unhealthy', 'Warning'],
      ['FailedScheduling', 'Warning'],
      ['OOMKilling', 'Warning'],
      ['Evicted', 'Warning'],
      ['FailedMount', 'Warning'],
      ['FailedCreatePodSandBox', 'Warning'],
      ['Started', 'Normal'],
      ['Custom', undefined],
    ].map(([reason, type]) => {
      const item = eventToEvidence(event({ reason, type }), context);
      return [reason, item?.attributes?.reasonClass, item?.severity];
    });
    expect(classes).toEqual([
      ['Pulling', 'image-pull', 'info'],
      ['Killing', 'container-stop', 'info'],
      ['ScalingReplicaSet', 'scaling', 'info'],
      ['Unhealthy', 'probe-failure', 'warning'],
      ['FailedScheduling', 'scheduling-failure', 'warning'],
      ['OOMKilling', 'out-of-memory', 'warning'],
      ['Evicted', 'eviction', 'warning'],
      ['FailedMount', 'mount-failure', 'warning'],
      ['FailedCreatePodSandBox', 'other', 'warning'],
      ['Started', 'other', 'info'],
      ['Custom', 'other', 'unknown'],
    ]);
  });

  it('times new-style events by their series, then eventTime', () => {
    const scheduler = event({
      firstTimestamp: undefined,
      lastTimestamp: undefined,
      count: undefined,
      eventTime: new Date('2026-03-04T09:42:11.204Z'),
      series: { count: 5, lastObservedTime: new Date('2026-03-04T09:44:50.871Z') },
      source: {},
      reportingComponent: 'default-scheduler',
    });
    expect(eventToEvidence(scheduler, context)).toMatchObject({
      time: new Date('2026-03-04T09:44:50.871Z'),
      attributes: {
        count: 5,
        firstTimestamp: '2026-03-04T09:42:11.204Z',
        reportingComponent: 'default-scheduler',
        node: null,
      },
    });
    const single = event({
      firstTimestamp: undefined,
      lastTimestamp: undefined,
      count: undefined,
      eventTime: new Date('2026-03-04T09:42:11Z'),
    });
    expect(eventToEvidence(single, context)?.time).toEqual(new Date('2026-03-04T09:42:11Z'));
    expect(eventToEvidence(single, context)?.text).not.toContain('×');
  });

  it('keeps events touching the window, at a time inside it, and drops the others', () => {
    const before = event({
      firstTimestamp: new Date('2026-03-04T05:00:00Z'),
      lastTimestamp: new Date('2026-03-04T05:59:59Z'),
    });
    const after = event({
      firstTimestamp: new Date('2026-03-04T10:15:01Z'),
      lastTimestamp: new Date('2026-03-04T10:20:00Z'),
    });
    expect(eventToEvidence(before, context)).toBeNull();
    expect(eventToEvidence(after, context)).toBeNull();
    const endsAfter = event({
      firstTimestamp: new Date('2026-03-04T10:10:00Z'),
      lastTimestamp: new Date('2026-03-04T10:30:00Z'),
    });
    expect(eventToEvidence(endsAfter, context)?.time).toEqual(new Date('2026-03-04T10:10:00Z'));
    const spans = event({
      firstTimestamp: new Date('2026-03-04T05:00:00Z'),
      lastTimestamp: new Date('2026-03-04T11:00:00Z'),
    });
    expect(eventToEvidence(spans, context)).toMatchObject({
      time: window.end,
      attributes: { timeClamped: true },
    });
  });

  it('drops an event without any time and names objects without a namespace plainly', () => {
    const timeless = event({ firstTimestamp: undefined, lastTimestamp: undefined, metadata: { name: 'x' } });
    expect(eventToEvidence(timeless, context)).toBeNull();
    const node = event({
      involvedObject: { kind: 'Node', name: 'node-a' },
      metadata: { name: 'node-a.1', namespace: '' },
      message: '',
    });
    expect(eventToEvidence(node, context)?.text).toBe(
      'Node node-a: (no message) (×14 since 2026-03-04T09:51:02.000Z)',
    );
  });
});
