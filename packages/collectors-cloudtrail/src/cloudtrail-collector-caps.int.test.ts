import { afterEach, describe, expect, it } from 'vitest';
import {
  type CloudTrailReplayServer,
  type RecordedRequest,
  type ReplayAnswer,
  startCloudTrailReplayServer,
} from './__fixtures__/cloudtrail-replay-server.js';
import { collectForTest, expectOnlyLookupEvents, FAKE_CREDENTIALS } from './__fixtures__/collect-for-test.js';
import { createTagsEvents, lookupEventsPage } from './__fixtures__/lookup-events-page.js';
import { ManualClock } from './__fixtures__/manual-clock.js';
import { replayPages } from './__fixtures__/replay-pages.js';
import { createCloudTrailCollector } from './cloudtrail-collector.js';
import type { CloudTrailCollectorOptions } from './options/cloudtrail-collector-options.js';

const recordedPages = replayPages({
  'us-east-1': ['lookup-events-us-east-1-page-1.json', 'lookup-events-us-east-1-page-2.json'],
});

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

/** A busy region: every ReadOnly=false page holds 50 CreateTags calls, one second apart. */
function busyRegion(request: RecordedRequest): ReplayAnswer {
  const [attribute] = (request.body?.LookupAttributes ?? []) as {
    AttributeKey: string;
    AttributeValue: string;
  }[];
  if (attribute?.AttributeKey === 'EventName') {
    const found =
      attribute.AttributeValue === 'ModifyDBInstance'
        ? [
            {
              id: 'modify-1',
              name: 'ModifyDBInstance',
              time: '2026-03-04T09:52:10Z',
              source: 'rds.amazonaws.com',
            },
          ]
        : [];
    return { body: lookupEventsPage(found) };
  }
  const page = Number(String(request.body?.NextToken ?? 'busy-1').replace('busy-', ''));
  const newest = new Date(Date.parse('2026-03-04T10:14:59Z') - (page - 1) * 50_000).toISOString();
  return { body: lookupEventsPage(createTagsEvents(`b${page}`, newest, 50), `busy-${page + 1}`) };
}

afterEach(async () => {
  if (server) expectOnlyLookupEvents(server);
  await server?.close();
  server = undefined;
});

describe('createCloudTrailCollector caps and strategies', () => {
  it('stops at maxPagesPerRegion and says which part of the window was not read', async () => {
    const replay = await serve(recordedPages);
    const { evidence, warnings } = await collectForTest(createCollector({ maxPagesPerRegion: 1 }));
    expect(replay.requests).toHaveLength(1);
    expect(evidence).toHaveLength(3);
    expect(warnings).toEqual([
      'us-east-1: stopped after 1 pages (maxPagesPerRegion 1); write events from 2026-03-04T06:00:00.000Z to ' +
        '2026-03-04T09:45:00.000Z were not read.',
    ]);
  });

  it('stops at maxEvents across regions', async () => {
    const replay = await serve(recordedPages);
    const { warnings } = await collectForTest(createCollector({ maxEvents: 3 }));
    expect(replay.requests).toHaveLength(1);
    expect(warnings).toEqual([
      'us-east-1: stopped at 3 events read in all regions (maxEvents); write events from 2026-03-04T06:00:00.000Z ' +
        'to 2026-03-04T09:45:00.000Z were not read.',
    ]);
  });

  it('keeps the newest high-signal changes first over maxItems', async () => {
    await serve(recordedPages);
    const { evidence, warnings } = await collectForTest(createCollector(), { maxItems: 2 });
    expect(evidence.map((item) => item.attributes?.eventName)).toEqual([
      'ModifyDBInstance',
      'UpdateFunctionConfiguration20150331v2',
    ]);
    expect(warnings).toEqual([
      '6 change events in the window; kept the 2 most significant (high-signal first, then other writes, then ' +
        'failed calls; newest first) (maxItems 2).',
    ]);
  });

  it('switches a busy region to one lookup per event name for the older part of the window', async () => {
    const replay = await serve(busyRegion);
    const collector = createCollector({ eventNames: ['ModifyDBInstance', 'RunInstances'] });
    const { evidence, warnings } = await collectForTest(collector);
    // The first page covered 50 s of a 4 h 15 min window: two name lookups beat ~300 more pages.
    expect(replay.requests.map((request) => request.body)).toEqual([
      {
        StartTime: 1772604000,
        EndTime: 1772619300,
        MaxResults: 50,
        LookupAttributes: [{ AttributeKey: 'ReadOnly', AttributeValue: 'false' }],
      },
      {
        StartTime: 1772604000,
        EndTime: 1772619250,
        MaxResults: 50,
        LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'ModifyDBInstance' }],
      },
      {
        StartTime: 1772604000,
        EndTime: 1772619250,
        MaxResults: 50,
        LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'RunInstances' }],
      },
    ]);
    expect(evidence).toHaveLength(51);
    expect(evidence[0]).toMatchObject({ id: 'ct_modify-1', severity: 'warning' });
    expect(warnings).toEqual([
      'us-east-1: busy region: 1 page(s) of write events covered only 2026-03-04T10:14:10.000Z to ' +
        '2026-03-04T10:15:00.000Z; the rest of the window was read with one lookup per event name (2), so other ' +
        'write events before 2026-03-04T10:14:10.000Z are not included.',
    ]);
  });

  it('keeps paging write events in a busy region with strategy write-events', async () => {
    const replay = await serve(busyRegion);
    const collector = createCollector({
      strategy: 'write-events',
      eventNames: ['ModifyDBInstance', 'RunInstances'],
      maxPagesPerRegion: 3,
    });
    const { evidence } = await collectForTest(collector);
    expect(replay.requests.map((request) => request.body?.NextToken)).toEqual([
      undefined,
      'busy-2',
      'busy-3',
    ]);
    expect(evidence).toHaveLength(150);
  });

  it('leaves out read-only events and events outside the window', async () => {
    await serve(() => ({
      body: lookupEventsPage([
        { id: 'late', name: 'RunInstances', time: '2026-03-04T10:15:01Z' },
        { id: 'read', name: 'DescribeInstances', time: '2026-03-04T10:00:00Z', readOnly: true },
        { id: 'kept', name: 'RunInstances', time: '2026-03-04T10:15:00Z' },
        { id: 'early', name: 'RunInstances', time: '2026-03-04T05:59:59Z' },
      ]),
    }));
    const collector = createCollector({
      lookupAttributes: [{ key: 'EventSource', value: 'ec2.amazonaws.com' }],
    });
    const { evidence } = await collectForTest(collector);
    expect(evidence.map((item) => item.id)).toEqual(['ct_kept']);
  });
});
