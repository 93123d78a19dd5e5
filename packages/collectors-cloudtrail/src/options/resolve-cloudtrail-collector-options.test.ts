import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { InvalidInputError } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import { HIGH_SIGNAL_EVENT_NAMES } from '../events/high-signal-event-names.js';
import type { CloudTrailCollectorOptions } from './cloudtrail-collector-options.js';
import { resolveCloudTrailCollectorOptions } from './resolve-cloudtrail-collector-options.js';

function issuesOf(options: CloudTrailCollectorOptions): string[] {
  try {
    resolveCloudTrailCollectorOptions(options);
  } catch (error) {
    expect(InvalidInputError.isInstance(error)).toBe(true);
    return (error as InvalidInputError).issues.map((issue) => `${issue.path}: ${issue.message}`);
  }
  throw new Error('expected the options to be rejected');
}

describe('resolveCloudTrailCollectorOptions', () => {
  it('fills in the documented defaults', () => {
    const settings = resolveCloudTrailCollectorOptions({});
    expect(settings).toMatchObject({
      collectorId: 'cloudtrail',
      strategy: 'auto',
      eventNames: [...HIGH_SIGNAL_EVENT_NAMES],
      otherWriteEvents: 'keep',
      maxPagesPerRegion: 40,
      maxEvents: 5000,
      requestTimeoutMs: 10_000,
      collectTimeoutMs: 20_000,
      retries: 3,
      retryDelayMs: 1000,
      maxRetryDelayMs: 20_000,
      requestsPerSecond: 2,
      burst: 1,
      requestParametersMaxLength: 1024,
    });
    expect(settings.ignoreEventNames).toContain('AssumeRole');
  });

  it('names every invalid option at once', () => {
    const issues = issuesOf({
      collectorId: 'cloud trail',
      regions: ['us-east-1', 'US East', 'us-east-1'],
      endpoint: 'localhost:4566',
      maxPagesPerRegion: 0,
      requestsPerSecond: -1,
      retries: 1.5,
      otherWriteEvents: 'hide' as 'drop',
      services: { 'payments-*': '' },
    });
    expect(issues).toEqual([
      'collectorId: must be a non-empty string without whitespace, got "cloud trail"',
      'regions.1: must be an AWS region such as \'us-east-1\', got "US East"',
      'regions: lists a region twice',
      'endpoint: must be an absolute http(s) URL, got "localhost:4566"',
      "otherWriteEvents: must be one of 'keep', 'drop', got \"hide\"",
      'services.payments-*: must map a non-empty pattern to a service name (1-256 characters), got ""',
      'maxPagesPerRegion: must be a positive integer, got 0',
      'retries: must be a non-negative integer, got 1.5',
      'requestsPerSecond: must be a positive number, got -1',
    ]);
  });

  it('rejects clients combined with settings that only apply to clients it creates', () => {
    const client = new CloudTrailClient({ region: 'us-east-1' });
    expect(issuesOf({ clients: { 'us-east-1': client }, regions: ['us-east-1'], profile: 'prod' })).toEqual([
      'regions: cannot be combined with clients: configure the clients themselves',
      'profile: cannot be combined with clients: configure the clients themselves',
    ]);
    expect(issuesOf({ clients: { 'us-east-1': {} as CloudTrailClient } })).toEqual([
      'clients.us-east-1: must be a CloudTrailClient (an object with send())',
    ]);
  });

  it('checks lookup attributes against what LookupEvents accepts', () => {
    expect(
      issuesOf({
        lookupAttributes: [
          { key: 'Region' as 'EventName', value: 'us-east-1' },
          { key: 'ReadOnly', value: 'true' },
          { key: 'ResourceName', value: '' },
        ],
        strategy: 'event-names',
      }),
    ).toEqual([
      "lookupAttributes.0.key: must be one of 'EventId', 'EventName', 'ReadOnly', 'Username', 'ResourceType', 'ResourceName', 'EventSource', 'AccessKeyId', got \"Region\"",
      "lookupAttributes.1.value: must be 'false': read-only events are never kept (they change nothing)",
      'lookupAttributes.2.value: must be a non-empty string',
      'strategy: applies only without lookupAttributes; remove one of them',
    ]);
  });

  it('needs event names for strategy event-names', () => {
    expect(issuesOf({ strategy: 'event-names', eventNames: [] })).toEqual(['eventNames: must not be empty']);
  });

  it('turns lookup attributes into the API shape', () => {
    const settings = resolveCloudTrailCollectorOptions({
      lookupAttributes: [{ key: 'Username', value: 'alice' }],
    });
    expect(settings.lookupAttributes).toEqual([{ AttributeKey: 'Username', AttributeValue: 'alice' }]);
  });
});
