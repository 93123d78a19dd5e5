import { afterEach, describe, expect, it } from 'vitest';
import {
  type CloudTrailReplayServer,
  startCloudTrailReplayServer,
} from './__fixtures__/cloudtrail-replay-server.js';
import { collectForTest, expectOnlyLookupEvents, FAKE_CREDENTIALS } from './__fixtures__/collect-for-test.js';
import { createTagsEvents, lookupEventsPage } from './__fixtures__/lookup-events-page.js';
import { ManualClock } from './__fixtures__/manual-clock.js';
import { createCloudTrailCollector } from './cloudtrail-collector.js';
import type { CloudTrailCollectorOptions } from './options/cloudtrail-collector-options.js';

let server: CloudTrailReplayServer | undefined;

/** Serves `pageCount` pages of 3 events each, chained by NextToken `page-2`, `page-3`, ... */
async function servePages(pageCount: number): Promise<CloudTrailReplayServer> {
  server = await startCloudTrailReplayServer((request) => {
    const token = request.body?.NextToken;
    const page = token === undefined ? 1 : Number(String(token).replace('page-', ''));
    const newest = new Date(Date.parse('2026-03-04T10:00:00Z') - (page - 1) * 600_000).toISOString();
    const next = page < pageCount ? `page-${page + 1}` : undefined;
    return { body: lookupEventsPage(createTagsEvents(`p${page}`, newest, 3), next) };
  });
  return server;
}

function createCollector(clock: ManualClock, options: CloudTrailCollectorOptions = {}) {
  return createCloudTrailCollector({
    regions: ['us-east-1'],
    endpoint: server?.endpoint,
    credentials: FAKE_CREDENTIALS,
    clock,
    random: () => 1,
    ...options,
  });
}

afterEach(async () => {
  if (server) expectOnlyLookupEvents(server);
  await server?.close();
  server = undefined;
});

describe('the per-region rate limiter', () => {
  it('spaces requests 500 ms apart at the default 2 requests per second', async () => {
    const replay = await servePages(4);
    const clock = new ManualClock();
    const { evidence } = await collectForTest(createCollector(clock));
    expect(evidence).toHaveLength(12);
    expect(replay.requests.map((request) => request.body?.NextToken)).toEqual([
      undefined,
      'page-2',
      'page-3',
      'page-4',
    ]);
    // 4 requests: the first goes at once, each of the 3 others waits for its token.
    expect(clock.sleeps).toEqual([500, 500, 500]);
  });

  it('lets `burst` requests go back to back, then holds the sustained rate', async () => {
    await servePages(5);
    const clock = new ManualClock();
    await collectForTest(createCollector(clock, { requestsPerSecond: 1, burst: 2 }));
    expect(clock.sleeps).toEqual([1000, 1000, 1000]);
  });

  it('keeps its budget across calls of the same collector', async () => {
    await servePages(1);
    const clock = new ManualClock();
    const collector = createCollector(clock);
    await collectForTest(collector);
    expect(clock.sleeps).toEqual([]);
    await collectForTest(collector);
    expect(clock.sleeps).toEqual([500]);
  });

  it('stops before a wait that would end after the time budget, keeping what it read', async () => {
    const replay = await servePages(6);
    const clock = new ManualClock();
    const { evidence, warnings } = await collectForTest(createCollector(clock, { collectTimeoutMs: 1000 }));
    // Requests at 0, 500 and 1000 ms fit in the 1,000 ms budget; the next would start at 1,500 ms.
    expect(replay.requests).toHaveLength(3);
    expect(evidence).toHaveLength(9);
    expect(warnings).toEqual([
      'us-east-1: the time budget of 1000 ms (collectTimeoutMs) ran out; write events from ' +
        '2026-03-04T06:00:00.000Z to 2026-03-04T09:39:58.000Z were not read.',
    ]);
  });
});
