import { describeCollectorV1Conformance } from '@triagekit/core/testing';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  type CloudTrailReplayServer,
  startCloudTrailReplayServer,
} from './__fixtures__/cloudtrail-replay-server.js';
import { expectOnlyLookupEvents, FAKE_CREDENTIALS } from './__fixtures__/collect-for-test.js';
import { ManualClock } from './__fixtures__/manual-clock.js';
import { replayPages } from './__fixtures__/replay-pages.js';
import { createCloudTrailCollector } from './cloudtrail-collector.js';

let server: CloudTrailReplayServer;

beforeAll(async () => {
  server = await startCloudTrailReplayServer(
    replayPages({
      'us-east-1': ['lookup-events-us-east-1-page-1.json', 'lookup-events-us-east-1-page-2.json'],
      'eu-west-1': ['lookup-events-eu-west-1.json'],
    }),
  );
});

afterAll(async () => {
  expect(server.requests.length).toBeGreaterThan(0);
  expectOnlyLookupEvents(server);
  await server.close();
});

describeCollectorV1Conformance({
  name: 'CloudTrail collector',
  create: () =>
    createCloudTrailCollector({
      regions: ['us-east-1', 'eu-west-1'],
      endpoint: server.endpoint,
      credentials: FAKE_CREDENTIALS,
      clock: new ManualClock(),
      services: { 'payments-*': 'payments' },
    }),
});
