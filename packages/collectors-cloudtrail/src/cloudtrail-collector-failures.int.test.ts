import { CollectorError } from '@triagekit/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  awsError,
  type CloudTrailReplayServer,
  type RecordedRequest,
  type ReplayAnswer,
  startCloudTrailReplayServer,
} from './__fixtures__/cloudtrail-replay-server.js';
import {
  collectForTest,
  expectOnlyLookupEvents,
  FAKE_CREDENTIALS,
  rejectionOf,
} from './__fixtures__/collect-for-test.js';
import { ManualClock } from './__fixtures__/manual-clock.js';
import { replayPages } from './__fixtures__/replay-pages.js';
import { createCloudTrailCollector } from './cloudtrail-collector.js';
import type { CloudTrailCollectorOptions } from './options/cloudtrail-collector-options.js';

const throttled = awsError(400, 'ThrottlingException', 'Rate exceeded');
const page1 = 'lookup-events-us-east-1-page-1.json';
const page2 = 'lookup-events-us-east-1-page-2.json';

let server: CloudTrailReplayServer | undefined;
let clock = new ManualClock();

async function serve(script: (request: RecordedRequest, index: number) => ReplayAnswer) {
  server = await startCloudTrailReplayServer(script);
  return server;
}

function createCollector(options: CloudTrailCollectorOptions = {}) {
  return createCloudTrailCollector({
    regions: ['us-east-1'],
    endpoint: server?.endpoint,
    credentials: FAKE_CREDENTIALS,
    clock,
    random: () => 1,
    ...options,
  });
}

async function collectorError(promise: Promise<unknown>): Promise<CollectorError> {
  const error = await rejectionOf(promise);
  expect(CollectorError.isInstance(error)).toBe(true);
  return error as CollectorError;
}

afterEach(async () => {
  if (server) expectOnlyLookupEvents(server);
  await server?.close();
  server = undefined;
  clock = new ManualClock();
});

describe('createCloudTrailCollector when CloudTrail misbehaves', () => {
  it('backs off after ThrottlingException and then succeeds', async () => {
    const pages = replayPages({ 'us-east-1': [page1, page2] });
    const replay = await serve((request, index) => (index === 0 ? throttled : pages(request)));
    const { evidence, warnings } = await collectForTest(createCollector());
    expect(warnings).toEqual([]);
    expect(evidence).toHaveLength(6);
    expect(replay.requests).toHaveLength(3);
    // The retry repeats the same request; the backoff is retryDelayMs (jitter pinned to its maximum), and
    // the next page waits for the rate limiter only as long as the backoff did not already cover.
    expect(replay.requests[1]?.body).toEqual(replay.requests[0]?.body);
    expect(clock.sleeps).toEqual([1000, 500]);
  });

  it('retries HTTP 500 InternalFailure and a 502 from a proxy', async () => {
    const replay = await serve((_request, index) =>
      index === 0
        ? awsError(500, 'InternalFailure', 'An internal error occurred.')
        : index === 1
          ? {
              status: 502,
              headers: { 'Content-Type': 'text/html' },
              body: '<html><body>502 Bad Gateway</body></html>',
            }
          : { fixture: page2 },
    );
    const { evidence, warnings } = await collectForTest(createCollector());
    expect(warnings).toEqual([]);
    expect(evidence).toHaveLength(3);
    expect(replay.requests).toHaveLength(3);
  });

  it('gives up after `retries` further attempts and says the account is throttled', async () => {
    const replay = await serve(() => throttled);
    const error = await collectorError(collectForTest(createCollector({ retries: 2 })));
    expect(replay.requests).toHaveLength(3);
    expect(clock.sleeps).toEqual([1000, 2000]);
    expect(error.message).toMatch(
      /^CloudTrail LookupEvents failed in every region: LookupEvents in us-east-1 was throttled \(ThrottlingException, HTTP 400\) on all 3 attempts: Rate exceeded\./,
    );
    expect(error.message).toContain('lower requestsPerSecond');
  });

  it('keeps the other regions going when one region denies access', async () => {
    const pages = replayPages({ 'us-east-1': [page1, page2] });
    const denied =
      'User: arn:aws:sts::123456789012:assumed-role/triage/bot is not authorized to perform: cloudtrail:LookupEvents ' +
      'because no identity-based policy allows the cloudtrail:LookupEvents action';
    const replay = await serve((request) =>
      request.region === 'eu-west-1' ? awsError(400, 'AccessDeniedException', denied) : pages(request),
    );
    const { evidence, warnings } = await collectForTest(
      createCollector({ regions: ['us-east-1', 'eu-west-1'] }),
    );
    expect(evidence).toHaveLength(6);
    expect(warnings).toEqual([
      `access denied in eu-west-1 (AccessDeniedException, HTTP 400): ${denied}. Allow cloudtrail:LookupEvents on ` +
        'Resource "*" for these credentials, and check that the region is enabled for the account. ' +
        'No events were read from eu-west-1.',
    ]);
    // Access denied is final: never retried.
    expect(replay.requests.filter((request) => request.region === 'eu-west-1')).toHaveLength(1);
  });

  it('rejects with a CollectorError when every region is forbidden (HTTP 403)', async () => {
    await serve(() => awsError(403, 'AccessDeniedException', 'Access denied'));
    const error = await collectorError(
      collectForTest(createCollector({ regions: ['us-east-1', 'eu-west-1'] })),
    );
    expect(error.message).toContain('access denied in us-east-1 (AccessDeniedException, HTTP 403)');
    expect(error.message).toContain('access denied in eu-west-1 (AccessDeniedException, HTTP 403)');
    expect(error.collectorId).toBe('cloudtrail');
  });

  it('does not retry InvalidTimeRangeException', async () => {
    const replay = await serve(() =>
      awsError(
        400,
        'InvalidTimeRangeException',
        'Start time must be before end time and within the last 90 days.',
      ),
    );
    const error = await collectorError(collectForTest(createCollector()));
    expect(replay.requests).toHaveLength(1);
    expect(error.message).toContain(
      'CloudTrail in us-east-1 rejected the request (InvalidTimeRangeException, HTTP 400): Start time must be before end time',
    );
  });

  it('keeps the first page when a later page is malformed, with a warning', async () => {
    const replay = await serve((_request, index) =>
      index === 0 ? { fixture: page1 } : { body: '{"Events": [{"EventId": "b7c8d9e0-2f3a-4b4c-9d5e-6f7' },
    );
    const { evidence, warnings } = await collectForTest(createCollector());
    expect(replay.requests).toHaveLength(2);
    expect(evidence.map((item) => item.attributes?.eventName)).toEqual([
      'CreateTags',
      'ModifyDBInstance',
      'UpdateFunctionConfiguration20150331v2',
    ]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^CloudTrail in us-east-1 answered with a body that is not valid JSON \(SyntaxError, HTTP 200\): .* Kept what was read before; write events from 2026-03-04T06:00:00.000Z to 2026-03-04T09:45:00.000Z were not read\.$/,
      ),
    ]);
  });

  it('times out a request that never answers, retries it, then gives up', async () => {
    const replay = await serve(() => ({ hang: true }));
    const error = await collectorError(
      collectForTest(createCollector({ requestTimeoutMs: 200, retries: 1, retryDelayMs: 0 })),
    );
    expect(error.message).toContain(
      'LookupEvents in us-east-1 did not answer within 200 ms (requestTimeoutMs) on all 2 attempts.',
    );
    expect(replay.requests).toHaveLength(2);
    // Both connections were closed by the client: nothing is left hanging.
    await Promise.all(replay.requests.map((request) => request.abandoned));
  });

  it('stops an in-flight request as soon as the caller aborts, and rejects with the reason', async () => {
    const replay = await serve(() => ({ hang: true }));
    const controller = new AbortController();
    const reason = new Error('run aborted by the on-call engineer');
    const pending = collectForTest(createCollector({ regions: ['us-east-1', 'eu-west-1'] }), {
      signal: controller.signal,
    });
    const first = await replay.request(0);
    await replay.request(1);
    controller.abort(reason);
    expect(await rejectionOf(pending)).toBe(reason);
    await Promise.all([first.abandoned, replay.requests[1]?.abandoned]);
    expect(replay.requests).toHaveLength(2);
  });

  it('returns what it has when the time budget runs out during a hanging request', async () => {
    const pages = replayPages({ 'us-east-1': [page1, page2] });
    const replay = await serve((request) =>
      request.region === 'eu-west-1' ? { hang: true } : pages(request),
    );
    const collector = createCollector({ regions: ['us-east-1', 'eu-west-1'], collectTimeoutMs: 2000 });
    const { evidence, warnings } = await collectForTest(collector);
    expect(evidence).toHaveLength(6);
    expect(warnings).toEqual([
      'eu-west-1: the time budget of 2000 ms (collectTimeoutMs) ran out; write events from ' +
        '2026-03-04T06:00:00.000Z to 2026-03-04T10:15:00.000Z were not read.',
    ]);
    const europe = replay.requests.find((request) => request.region === 'eu-west-1');
    await europe?.abandoned;
  });

  it('names missing credentials without sending anything', async () => {
    const replay = await serve(() => ({ fixture: page1 }));
    const credentials = async () => {
      throw Object.assign(new Error('Could not load credentials from any providers'), {
        name: 'CredentialsProviderError',
      });
    };
    const error = await collectorError(collectForTest(createCollector({ credentials })));
    expect(error.message).toContain(
      'no usable AWS credentials for us-east-1 (CredentialsProviderError): Could not load credentials from any providers.',
    );
    expect(replay.requests).toHaveLength(0);
  });

  it('reports an unreachable endpoint after retrying', async () => {
    const replay = await serve(() => ({ fixture: page1 }));
    const endpoint = replay.endpoint;
    await replay.close();
    server = undefined;
    const collector = createCloudTrailCollector({
      regions: ['us-east-1'],
      endpoint,
      credentials: FAKE_CREDENTIALS,
      clock,
      random: () => 1,
      retries: 1,
    });
    const error = await collectorError(collectForTest(collector));
    expect(error.message).toContain(
      'the CloudTrail endpoint for us-east-1 is unreachable (ECONNREFUSED) on all 2 attempts',
    );
  });
});
