import { CloudTrailClient, DescribeTrailsCommand, LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type CloudTrailReplayServer,
  isLookupEventsTarget,
  startCloudTrailReplayServer,
} from './cloudtrail-replay-server.js';
import { FAKE_CREDENTIALS } from './collect-for-test.js';

let server: CloudTrailReplayServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the CloudTrail replay server', () => {
  it('serves LookupEvents and records any other operation as unexpected, refusing it', async () => {
    server = await startCloudTrailReplayServer(() => ({ fixture: 'lookup-events-empty.json' }));
    const client = new CloudTrailClient({
      region: 'us-west-2',
      endpoint: server.endpoint,
      credentials: FAKE_CREDENTIALS,
      maxAttempts: 1,
    });
    const output = await client.send(new LookupEventsCommand({ MaxResults: 50 }));
    expect(output.Events).toEqual([]);
    const refused = await client.send(new DescribeTrailsCommand({})).catch((error: unknown) => error);
    expect((refused as Error).name).toBe('UnknownOperationException');
    expect(server.requests.map((request) => isLookupEventsTarget(request.target))).toEqual([true, false]);
    expect(server.unexpected.map((request) => request.target)).toEqual([
      'CloudTrail_20131101.DescribeTrails',
    ]);
    expect(server.requests[0]).toMatchObject({
      region: 'us-west-2',
      signingService: 'cloudtrail',
      body: { MaxResults: 50 },
    });
  });

  it('accepts both spellings of the LookupEvents target', () => {
    expect(isLookupEventsTarget('CloudTrail_20131101.LookupEvents')).toBe(true);
    expect(isLookupEventsTarget('com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents')).toBe(
      true,
    );
    expect(isLookupEventsTarget('com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.StopLogging')).toBe(
      false,
    );
    expect(isLookupEventsTarget(undefined)).toBe(false);
  });
});
