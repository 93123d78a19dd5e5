import { WebClient } from '@slack/web-api';
import { InvalidInputError } from '@triagekit/core';
import { createSampleTriageReport, describeSinkV1Conformance } from '@triagekit/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { type SlackResponse, type SlackServer, startSlackServer } from '../__fixtures__/slack-server.js';
import type { SlackBlock } from '../blocks/slack-block.js';
import { SLACK_LIMITS } from '../blocks/slack-limits.js';
import { createSlackSink } from './create-slack-sink.js';
import type { SlackWebApiSinkOptions } from './slack-sink-options.js';

const token = 'xoxb-1234567890-0987654321-Zq8Xv2LwN4kR';
const channel = 'C0123ABCD';
let server: SlackServer | undefined;

async function serve(script: readonly SlackResponse[]): Promise<SlackServer> {
  server = await startSlackServer(script);
  return server;
}

function sink(options: Partial<SlackWebApiSinkOptions> = {}) {
  return createSlackSink({ token, channel, slackApiUrl: server?.apiUrl, ...options });
}

function exportSample(options: Partial<SlackWebApiSinkOptions> = {}, abortSignal?: AbortSignal) {
  return sink(options).doExport({
    report: createSampleTriageReport(),
    ...(abortSignal ? { abortSignal } : {}),
  });
}

afterEach(async () => {
  // The only Web API method the sink may ever call.
  for (const request of server?.requests ?? []) {
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/api/chat.postMessage');
  }
  await server?.close();
  server = undefined;
});

describeSinkV1Conformance({
  name: 'Slack sink (Web API)',
  create: async () => {
    await server?.close();
    await serve([{ fixture: 'chat-post-message-ok.json' }]);
    return sink();
  },
});

describe('createSlackSink with the Web API, on the wire', () => {
  it('calls chat.postMessage once with the bot token, the channel and the blocks', async () => {
    const replay = await serve([{ fixture: 'chat-post-message-ok.json' }]);
    const result = await exportSample();
    expect(result).toEqual({ ok: true, location: 'slack:channel/C0123ABCD/message/1772618551.000200' });
    expect(replay.requests).toHaveLength(1);
    const [request] = replay.requests;
    expect(request?.headers.authorization).toBe(`Bearer ${token}`);
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request?.fields).toMatchObject({ channel, unfurl_links: 'false', unfurl_media: 'false' });
    expect(request?.fields.text).toContain('[CRITICAL] PaymentsLatencyHigh');
    const blocks = JSON.parse(String(request?.fields.blocks)) as SlackBlock[];
    expect(blocks[0]?.type).toBe('header');
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    expect(blocks.filter((block) => block.type === 'section').length).toBe(5);
  });

  it.each([
    ['chat-post-message-invalid-auth.json', false, 'invalid_auth): the token is not valid'],
    [
      'chat-post-message-channel-not-found.json',
      false,
      'channel C0123ABCD (channel_not_found): the channel does not exist',
    ],
    ['chat-post-message-not-in-channel.json', false, 'invite it (/invite @your-app)'],
    [
      'chat-post-message-missing-scope.json',
      false,
      'needed: chat:write; the token has: channels:read,users:read',
    ],
    ['chat-post-message-internal-error.json', true, 'ok: false (internal_error)'],
    ['chat-post-message-unknown-code.json', true, 'ok: false (team_added_to_org)'],
  ] as const)('maps ok: false from %s to retryable %s', async (fixture, retryable, message) => {
    await serve([{ fixture }]);
    const result = await exportSample();
    expect(result).toMatchObject({ ok: false, retryable });
    expect(result.ok ? '' : result.message).toContain(message);
    expect(result.ok ? '' : result.message).not.toContain(token);
  });

  it('fails a 429 at once with the wait Slack asks for, instead of sleeping on it', async () => {
    const replay = await serve([
      { status: 429, fixture: 'chat-post-message-ratelimited.json', headers: { 'Retry-After': '30' } },
    ]);
    const result = await exportSample();
    expect(result).toMatchObject({ ok: false, retryable: true });
    expect(result.ok ? '' : result.message).toContain('It asks to wait 30 s.');
    expect(replay.requests).toHaveLength(1);
  });

  it('fails retryably on HTTP 503 and on a 429 without Retry-After', async () => {
    await serve([{ status: 503, text: 'upstream connect error' }]);
    expect(await exportSample()).toMatchObject({
      ok: false,
      retryable: true,
      message: expect.stringContaining('HTTP 503'),
    });
    await server?.close();
    await serve([{ status: 429, fixture: 'chat-post-message-ratelimited.json' }]);
    expect(await exportSample()).toMatchObject({
      ok: false,
      retryable: true,
      message: expect.stringContaining('429'),
    });
  });

  it('stops a request in flight when aborted, and fails retryably on a timeout', async () => {
    const replay = await serve([{ hang: true }]);
    const controller = new AbortController();
    const exported = exportSample({ timeoutMs: 600_000 }, controller.signal);
    const request = await replay.request(0);
    controller.abort(new Error('pipeline deadline'));
    expect(await exported).toMatchObject({ ok: false, retryable: false });
    await request.abandoned;
    const slow = await exportSample({ timeoutMs: 200 });
    expect(slow).toMatchObject({
      ok: false,
      retryable: true,
      message: expect.stringContaining('within 200 ms'),
    });
  });

  it("uses a caller's own client as is, and still resolves at once when aborted", async () => {
    const replay = await serve([{ fixture: 'chat-post-message-ok.json' }, { hang: true }]);
    const client = new WebClient(token, { slackApiUrl: replay.apiUrl, retryConfig: { retries: 0 } });
    const own = createSlackSink({ client, channel });
    expect((await own.doExport({ report: createSampleTriageReport() })).ok).toBe(true);
    const controller = new AbortController();
    const exported = own.doExport({ report: createSampleTriageReport(), abortSignal: controller.signal });
    await replay.request(1);
    controller.abort(new Error('pipeline deadline'));
    expect(await exported).toMatchObject({ ok: false, retryable: false });
  });

  it('refuses invalid options at creation, naming each', () => {
    const invalid = (options: unknown) => {
      try {
        createSlackSink(options as SlackWebApiSinkOptions);
      } catch (error) {
        expect(InvalidInputError.isInstance(error)).toBe(true);
        return (error as InvalidInputError).issues.map((issue) => issue.path);
      }
      throw new Error('expected createSlackSink to throw');
    };
    expect(invalid({ channel: ' ', slackApiUrl: 'slack.com/api', maxItems: 50 })).toEqual([
      'channel',
      'token',
      'slackApiUrl',
      'maxItems',
    ]);
    expect(invalid({ webhookUrl: 'https://hooks.slack.com/services/x', token, channel })).toEqual([
      'webhookUrl',
    ]);
  });
});
