import type { Event } from '@aws-sdk/client-cloudtrail';
import { describe, expect, it } from 'vitest';
import { createServiceResolver } from '../services/service-rules.js';
import { cloudTrailEventToEvidence, type EventMappingContext } from './cloudtrail-event-to-evidence.js';
import { createEventNameMatcher } from './event-name-matcher.js';

const context: EventMappingContext = {
  region: 'eu-west-1',
  isHighSignal: createEventNameMatcher(['UpdateService', 'UpdateFunctionCode20150331v2']),
  resolveService: createServiceResolver({ 'checkout-*': 'checkout' }),
  requestParametersMaxLength: 1024,
};

const updateService: Event = {
  EventId: '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
  EventName: 'UpdateService',
  EventTime: new Date('2026-03-04T09:58:03Z'),
  EventSource: 'ecs.amazonaws.com',
  Username: 'deploy-bot',
  Resources: [],
  CloudTrailEvent: JSON.stringify({
    userIdentity: { type: 'AssumedRole', arn: 'arn:aws:sts::123456789012:assumed-role/deploy/deploy-bot' },
    requestParameters: { cluster: 'prod', service: 'checkout-api', desiredCount: 2 },
  }),
};

describe('cloudTrailEventToEvidence', () => {
  it('finds the service in the request parameters when CloudTrail lists no resources', () => {
    const mapped = cloudTrailEventToEvidence(updateService, context);
    expect(mapped?.evidence).toMatchObject({
      id: 'ct_0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
      kind: 'change',
      time: '2026-03-04T09:58:03.000Z',
      service: 'checkout',
      severity: 'warning',
    });
    expect(mapped?.evidence.text).toBe(
      'UpdateService (ecs.amazonaws.com) on prod, checkout-api by deploy-bot in eu-west-1\n' +
        'requestParameters: {"cluster":"prod","service":"checkout-api","desiredCount":2}',
    );
    expect(mapped?.malformedReason).toBeUndefined();
  });

  it('shows Lambda events under their operation name and keeps the recorded name', () => {
    const mapped = cloudTrailEventToEvidence(
      { ...updateService, EventName: 'UpdateFunctionCode20150331v2', EventSource: 'lambda.amazonaws.com' },
      context,
    );
    expect(mapped?.evidence.text.startsWith('UpdateFunctionCode (lambda.amazonaws.com)')).toBe(true);
    expect(mapped?.evidence.attributes?.eventName).toBe('UpdateFunctionCode20150331v2');
  });

  it('falls back to the user ARN, lists at most three resources, and keeps ids safe to cite', () => {
    const mapped = cloudTrailEventToEvidence(
      {
        EventId: 'a/b c',
        EventName: 'TerminateInstances',
        EventTime: new Date('2026-03-04T09:00:00Z'),
        Resources: ['i-1', 'i-2', 'i-3', 'i-4'].map((name) => ({
          ResourceType: 'AWS::EC2::Instance',
          ResourceName: name,
        })),
        CloudTrailEvent: JSON.stringify({ userIdentity: { arn: 'arn:aws:iam::123456789012:root' } }),
      },
      context,
    );
    expect(mapped?.evidence.id).toBe('ct_abc');
    expect(mapped?.evidence.text).toBe(
      'TerminateInstances on i-1, i-2, i-3 (+1 more) by arn:aws:iam::123456789012:root in eu-west-1',
    );
    expect(mapped?.evidence.severity).toBe('info');
  });

  it('returns nothing for an event without a valid time', () => {
    expect(cloudTrailEventToEvidence({ ...updateService, EventTime: undefined }, context)).toBeUndefined();
    expect(
      cloudTrailEventToEvidence({ ...updateService, EventTime: new Date(Number.NaN) }, context),
    ).toBeUndefined();
  });
});
