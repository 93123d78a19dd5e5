import { afterEach, describe, expect, it } from 'vitest';
import {
  type CloudTrailReplayServer,
  type RecordedRequest,
  type ReplayAnswer,
  startCloudTrailReplayServer,
} from './__fixtures__/cloudtrail-replay-server.js';
import { collectForTest, expectOnlyLookupEvents, FAKE_CREDENTIALS } from './__fixtures__/collect-for-test.js';
import { ManualClock } from './__fixtures__/manual-clock.js';
import { replayPages } from './__fixtures__/replay-pages.js';
import { createCloudTrailCollector } from './cloudtrail-collector.js';
import type { CloudTrailCollectorOptions } from './options/cloudtrail-collector-options.js';

// The sample window, 2026-03-04T06:00:00Z to 10:15:00Z, in the epoch seconds the wire carries.
const windowStartSeconds = 1772604000;
const windowEndSeconds = 1772619300;
const page1Token =
  'kbOt5LlZe++mErCebpy2TgaMgmDvF1kYGFcH64JSjIbZFjsuvrSqg66b5YGssKutDYIyII4lrP4IDbeQdiObkp9YAlju3oXd12juy3CIZW8=';

let server: CloudTrailReplayServer | undefined;

async function serve(script: (request: RecordedRequest, index: number) => ReplayAnswer) {
  server = await startCloudTrailReplayServer(script);
  return server;
}

function createCollector(options: CloudTrailCollectorOptions = {}) {
  return createCloudTrailCollector({
    regions: ['us-east-1'],
    endpoint: server?.endpoint,
    credentials: FAKE_CREDENTIALS,
    clock: new ManualClock(),
    random: () => 1,
    ...options,
  });
}

afterEach(async () => {
  if (server) expectOnlyLookupEvents(server);
  await server?.close();
  server = undefined;
});

describe('createCloudTrailCollector against a LookupEvents replay', () => {
  it('reads the window page by page with ReadOnly=false and maps each write event to change evidence', async () => {
    const replay = await serve(
      replayPages({
        'us-east-1': ['lookup-events-us-east-1-page-1.json', 'lookup-events-us-east-1-page-2.json'],
      }),
    );
    const collector = createCollector({ services: { 'payments-*': 'payments' } });
    const { evidence, warnings } = await collectForTest(collector);

    expect(replay.requests.map((request) => request.body)).toEqual([
      {
        StartTime: windowStartSeconds,
        EndTime: windowEndSeconds,
        MaxResults: 50,
        LookupAttributes: [{ AttributeKey: 'ReadOnly', AttributeValue: 'false' }],
      },
      {
        StartTime: windowStartSeconds,
        EndTime: windowEndSeconds,
        MaxResults: 50,
        LookupAttributes: [{ AttributeKey: 'ReadOnly', AttributeValue: 'false' }],
        NextToken: page1Token,
      },
    ]);
    expect(replay.requests.map((request) => request.region)).toEqual(['us-east-1', 'us-east-1']);
    expect(warnings).toEqual([]);
    // ConsoleLogin is on the default ignore list; everything else comes back, in time order.
    expect(evidence.map((item) => [item.time, item.attributes?.eventName, item.severity])).toEqual([
      ['2026-03-04T08:58:30.000Z', 'ChangeResourceRecordSets', 'warning'],
      ['2026-03-04T09:12:00.000Z', 'PutRolePolicy', 'info'],
      ['2026-03-04T09:31:22.000Z', 'AuthorizeSecurityGroupIngress', 'warning'],
      ['2026-03-04T09:47:05.000Z', 'CreateTags', 'info'],
      ['2026-03-04T09:52:10.000Z', 'ModifyDBInstance', 'warning'],
      ['2026-03-04T10:02:41.000Z', 'UpdateFunctionConfiguration20150331v2', 'warning'],
    ]);
    const modify = evidence.find((item) => item.attributes?.eventName === 'ModifyDBInstance');
    expect(modify).toMatchObject({
      id: 'ct_a3f9c1d2-4b5e-4c6f-9a7b-8c9d0e1f2a3b',
      kind: 'change',
      service: 'payments',
      attributes: {
        source: 'cloudtrail',
        eventId: 'a3f9c1d2-4b5e-4c6f-9a7b-8c9d0e1f2a3b',
        eventSource: 'rds.amazonaws.com',
        region: 'us-east-1',
        username: 'alice',
        userArn: 'arn:aws:iam::123456789012:user/alice',
        userType: 'IAMUser',
        accountId: '123456789012',
        sourceIpAddress: '198.51.100.7',
        resources: 'AWS::RDS::DBInstance payments-db',
        highSignal: true,
      },
    });
    expect(String(modify?.text).split('\n')).toEqual([
      'ModifyDBInstance (rds.amazonaws.com) on payments-db by alice in us-east-1',
      'requestParameters: {"dBInstanceIdentifier":"payments-db","dBInstanceClass":"db.r6g.large","applyImmediately":true,"allowMajorVersionUpgrade":false}',
    ]);
    // The opened port and range survive the summary of EC2's nested request parameters.
    const ingress = evidence.find((item) => item.attributes?.eventName === 'AuthorizeSecurityGroupIngress');
    expect(ingress?.text).toContain('"fromPort":5432,"toPort":5432');
    expect(ingress?.text).toContain('"cidrIp":"10.0.0.0/8"');
    expect(ingress?.attributes?.roleArn).toBe('arn:aws:iam::123456789012:role/terraform-apply');
  });

  it('marks a failed call as info and says why it failed', async () => {
    await serve(
      replayPages({
        'us-east-1': ['lookup-events-us-east-1-page-1.json', 'lookup-events-us-east-1-page-2.json'],
      }),
    );
    const { evidence } = await collectForTest(createCollector());
    const denied = evidence.find((item) => item.attributes?.eventName === 'PutRolePolicy');
    expect(denied?.severity).toBe('info');
    expect(denied?.attributes?.errorCode).toBe('AccessDenied');
    expect(String(denied?.text)).toMatch(
      /\nfailed: AccessDenied: User: arn:aws:iam::123456789012:user\/alice is not/,
    );
    // The URL-encoded policy document is cut, not copied whole.
    expect(String(denied?.attributes?.requestParameters)).toMatch(/"policyDocument":"%7B[^"]{150,}…"/);
  });

  it('reads several regions in parallel, each signed for its own region', async () => {
    const replay = await serve(
      replayPages({
        'us-east-1': ['lookup-events-us-east-1-page-1.json', 'lookup-events-us-east-1-page-2.json'],
        'eu-west-1': ['lookup-events-eu-west-1.json'],
      }),
    );
    const collector = createCollector({
      regions: ['us-east-1', 'eu-west-1'],
      services: { 'checkout-*': 'checkout', 'payments-*': 'payments' },
    });
    const { evidence, warnings } = await collectForTest(collector);
    expect(warnings).toEqual([]);
    const regions = replay.requests.map((request) => request.region).sort();
    expect(regions).toEqual(['eu-west-1', 'us-east-1', 'us-east-1']);
    const europe = evidence.filter((item) => item.attributes?.region === 'eu-west-1');
    expect(europe.map((item) => [item.attributes?.eventName, item.service])).toEqual([
      ['SetDesiredCapacity', 'payments'],
      // ECS lists no Resources for UpdateService; the request's `service` parameter names it.
      ['UpdateService', 'checkout'],
    ]);
    expect(evidence).toHaveLength(8);
  });

  it('drops low-signal writes with otherWriteEvents: drop', async () => {
    await serve(
      replayPages({
        'us-east-1': ['lookup-events-us-east-1-page-1.json', 'lookup-events-us-east-1-page-2.json'],
      }),
    );
    const { evidence } = await collectForTest(createCollector({ otherWriteEvents: 'drop' }));
    const names = evidence.map((item) => item.attributes?.eventName);
    expect(names).not.toContain('CreateTags');
    expect(names).toContain('PutRolePolicy');
    expect(names).toHaveLength(5);
  });

  it('makes one lookup per event name with strategy event-names', async () => {
    const replay = await serve(() => ({ fixture: 'lookup-events-empty.json' }));
    const collector = createCollector({
      strategy: 'event-names',
      eventNames: ['ModifyDBInstance', 'UpdateFunctionCode20150331v2'],
    });
    const { evidence, warnings } = await collectForTest(collector);
    expect(evidence).toEqual([]);
    expect(warnings).toEqual([]);
    expect(replay.requests.map((request) => request.body?.LookupAttributes)).toEqual([
      [{ AttributeKey: 'EventName', AttributeValue: 'ModifyDBInstance' }],
      [{ AttributeKey: 'EventName', AttributeValue: 'UpdateFunctionCode20150331v2' }],
    ]);
  });

  it('looks up each of several lookupAttributes separately and keeps an event found twice once', async () => {
    const replay = await serve(() => ({ fixture: 'lookup-events-us-east-1-page-2.json' }));
    const collector = createCollector({
      lookupAttributes: [
        { key: 'Username', value: 'alice' },
        { key: 'ResourceName', value: 'payments-api-role' },
      ],
    });
    const { evidence } = await collectForTest(collector);
    expect(replay.requests.map((request) => request.body?.LookupAttributes)).toEqual([
      [{ AttributeKey: 'Username', AttributeValue: 'alice' }],
      [{ AttributeKey: 'ResourceName', AttributeValue: 'payments-api-role' }],
    ]);
    expect(evidence.map((item) => item.id)).toEqual([
      'ct_f1a2b3c4-5d6e-4f7a-9b8c-0d1e2f3a4b5c',
      'ct_d9e0f1a2-3b4c-4d5e-8f6a-7b8c9d0e1f2a',
      'ct_b7c8d9e0-2f3a-4b4c-9d5e-6f7a8b9c0d1e',
    ]);
  });

  it('keeps an event whose CloudTrailEvent is malformed, with a warning', async () => {
    await serve(() => ({ fixture: 'lookup-events-malformed-cloudtrail-event.json' }));
    const { evidence, warnings } = await collectForTest(createCollector({ regions: ['us-west-2'] }));
    expect(warnings).toEqual([
      expect.stringMatching(
        /^1 event\(s\) had a CloudTrailEvent that could not be read \(it is not valid JSON .*\); kept with the LookupEvents fields only: 2c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f\.$/,
      ),
    ]);
    expect(evidence.map((item) => [item.attributes?.eventName, item.severity])).toEqual([
      ['StopInstances', 'warning'],
      ['RebootDBInstance', 'warning'],
    ]);
    const reboot = evidence[1];
    expect(reboot?.text).toBe('RebootDBInstance (rds.amazonaws.com) on orders-db by alice in us-west-2');
    expect(reboot?.attributes?.userArn).toBeUndefined();
  });
});
