import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { CollectorError } from '@triagekit/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type CloudTrailReplayServer,
  startCloudTrailReplayServer,
} from './__fixtures__/cloudtrail-replay-server.js';
import {
  collectForTest,
  expectOnlyLookupEvents,
  FAKE_CREDENTIALS,
  rejectionOf,
} from './__fixtures__/collect-for-test.js';
import { ManualClock } from './__fixtures__/manual-clock.js';
import { createCloudTrailCollector } from './cloudtrail-collector.js';

let server: CloudTrailReplayServer;
let directory: string;

beforeEach(async () => {
  server = await startCloudTrailReplayServer(() => ({ fixture: 'lookup-events-eu-west-1.json' }));
  directory = await mkdtemp(join(tmpdir(), 'cloudtrail-credentials-'));
  // Keep the machine's own AWS settings out of these tests.
  for (const name of [
    'AWS_REGION',
    'AWS_DEFAULT_REGION',
    'AWS_PROFILE',
    'AWS_ACCESS_KEY_ID',
    'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN',
  ]) {
    vi.stubEnv(name, undefined);
  }
  vi.stubEnv('AWS_CONFIG_FILE', join(directory, 'config'));
  vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', join(directory, 'credentials'));
  vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
});

afterEach(async () => {
  expectOnlyLookupEvents(server);
  vi.unstubAllEnvs();
  await server.close();
  await rm(directory, { recursive: true, force: true });
});

function accessKeyOf(authorization: string | string[] | undefined): string | undefined {
  return /Credential=([^/]+)\//.exec(String(authorization))?.[1];
}

describe('createCloudTrailCollector credentials and regions', () => {
  it('uses a named profile of the shared config files for credentials and region', async () => {
    await writeFile(join(directory, 'config'), '[profile triage-readonly]\nregion = eu-central-1\n');
    await writeFile(
      join(directory, 'credentials'),
      '[triage-readonly]\naws_access_key_id = AKIAPROFILEEXAMPLE01\naws_secret_access_key = profileSecretExample\n',
    );
    const collector = createCloudTrailCollector({
      profile: 'triage-readonly',
      endpoint: server.endpoint,
      clock: new ManualClock(),
    });
    const { evidence } = await collectForTest(collector);
    expect(evidence).toHaveLength(2);
    expect(server.requests.map((request) => request.region)).toEqual(['eu-central-1']);
    expect(accessKeyOf(server.requests[0]?.headers.authorization)).toBe('AKIAPROFILEEXAMPLE01');
  });

  it('reads the default region from AWS_REGION when no regions are given', async () => {
    vi.stubEnv('AWS_REGION', 'ap-southeast-2');
    const collector = createCloudTrailCollector({
      endpoint: server.endpoint,
      credentials: FAKE_CREDENTIALS,
      clock: new ManualClock(),
    });
    const { evidence } = await collectForTest(collector);
    expect(evidence[0]?.attributes?.region).toBe('ap-southeast-2');
    expect(server.requests.map((request) => request.region)).toEqual(['ap-southeast-2']);
  });

  it('says how to configure a region when there is none', async () => {
    const collector = createCloudTrailCollector({ endpoint: server.endpoint, credentials: FAKE_CREDENTIALS });
    const error = await rejectionOf(collectForTest(collector));
    expect(CollectorError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/^No AWS region is configured for CloudTrail: set regions/);
    expect(server.requests).toHaveLength(0);
  });

  it('uses ready-made clients as given, keyed by region', async () => {
    const client = new CloudTrailClient({
      region: 'eu-west-1',
      endpoint: server.endpoint,
      credentials: FAKE_CREDENTIALS,
      maxAttempts: 1,
    });
    const collector = createCloudTrailCollector({
      clients: { 'eu-west-1': client },
      clock: new ManualClock(),
    });
    const { evidence } = await collectForTest(collector);
    expect(evidence.map((item) => item.attributes?.eventName)).toEqual([
      'SetDesiredCapacity',
      'UpdateService',
    ]);
    expect(server.requests.map((request) => request.region)).toEqual(['eu-west-1']);
    expect(collector.description).toBe('AWS CloudTrail write events (LookupEvents) in eu-west-1');
  });
});
