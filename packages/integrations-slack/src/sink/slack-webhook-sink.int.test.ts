import { createTriagePipeline, InvalidInputError } from '@triagekit/core';
import {
  createSampleAlert,
  createSampleTriageReport,
  describeSinkV1Conformance,
} from '@triagekit/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { type SlackResponse, type SlackServer, startSlackServer } from '../__fixtures__/slack-server.js';
import type { SlackBlock } from '../blocks/slack-block.js';
import { SLACK_LIMITS } from '../blocks/slack-limits.js';
import { createSlackSink } from './create-slack-sink.js';
import type { SlackWebhookSinkOptions } from './slack-sink-options.js';

let server: SlackServer | undefined;

async function serve(script: readonly SlackResponse[]): Promise<SlackServer> {
  server = await startSlackServer(script);
  return server;
}

function sink(options: Partial<SlackWebhookSinkOptions> = {}) {
  return createSlackSink({ webhookUrl: server?.webhookUrl ?? '', ...options });
}

function exportSample(options: Partial<SlackWebhookSinkOptions> = {}, abortSignal?: AbortSignal) {
  return sink(options).doExport({
    report: createSampleTriageReport(),
    ...(abortSignal ? { abortSignal } : {}),
  });
}

afterEach(async () => {
  // Only ever a POST to the webhook, and the secret webhook URL never in a message (checked per test).
  for (const request of server?.requests ?? []) {
    expect(request.method).toBe('POST');
    expect(request.path).toBe(new URL(server?.webhookUrl ?? '').pathname);
  }
  await server?.close();
  server = undefined;
});

describeSinkV1Conformance({
  name: 'Slack sink (incoming webhook)',
  create: async () => {
    await server?.close();
    await serve([{ text: 'ok' }]);
    return sink();
  },
});

describe('createSlackSink with an incoming webhook, on the wire', () => {
  it('posts one JSON message of Block Kit blocks within Slack limits, without link previews', async () => {
    const replay = await serve([{ text: 'ok' }]);
    const result = await exportSample({ reportUrl: 'https://triage.example.com/r/1' });
    expect(result).toEqual({ ok: true });
    expect(replay.requests).toHaveLength(1);
    const [request] = replay.requests;
    if (!request) throw new Error('the webhook received no request');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['user-agent']).toContain('@slack:webhook');
    const { text, blocks, unfurl_links, unfurl_media } = request.fields as {
      text: string;
      blocks: SlackBlock[];
      unfurl_links: boolean;
      unfurl_media: boolean;
    };
    expect(text).toBe(
      '[CRITICAL] PaymentsLatencyHigh: p99 &gt; 2s — 2 affected service(s), 1 change(s), 1 error pattern(s)',
    );
    expect([unfurl_links, unfurl_media]).toEqual([false, false]);
    expect(blocks.map((block) => block.type)).toEqual([
      'header',
      'context',
      'section',
      'divider',
      'section',
      'section',
      'section',
      'section',
      'context',
      'actions',
      'context',
    ]);
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    const header = blocks[0];
    expect(header?.type === 'header' && header.text.text.length).toBeLessThanOrEqual(
      SLACK_LIMITS.headerLength,
    );
    expect(JSON.stringify(blocks)).toContain('co-occurring — not proven causal');
  });

  it('sends exactly one request per export: the client does not retry, the pipeline does', async () => {
    const replay = await serve([{ status: 500, text: '' }, { status: 500, text: '' }, { text: 'ok' }]);
    expect(await exportSample()).toMatchObject({ ok: false, retryable: true });
    expect(replay.requests).toHaveLength(1);
    const pipeline = createTriagePipeline({
      collectors: [],
      sinks: [sink()],
      sinkRetry: { initialDelayMs: 1 },
    });
    const { deliveries } = await pipeline.run(createSampleAlert());
    expect(deliveries).toEqual([expect.objectContaining({ sinkId: 'slack', ok: true, attempts: 2 })]);
    expect(replay.requests).toHaveLength(3);
  });

  it.each([
    [429, 'rate_limited', true, 'HTTP 429). It asks to wait 30 s.'],
    [503, '', true, 'HTTP 503'],
    [404, 'no_service', false, 'no_service: the webhook URL is unknown, disabled or revoked'],
    [403, 'invalid_token', false, 'invalid_token: the webhook token is not valid'],
    [410, 'channel_is_archived', false, 'channel_is_archived: the webhook channel is archived'],
    [400, 'invalid_payload', false, 'invalid_payload: Slack rejected the payload'],
  ] as const)('maps HTTP %i %s to retryable %s', async (status, body, retryable, message) => {
    const replay = await serve([{ status, text: body, headers: { 'Retry-After': '30' } }]);
    const result = await exportSample();
    expect(result).toMatchObject({ ok: false, retryable });
    const text = result.ok ? '' : result.message;
    expect(text).toContain(message);
    expect(text).not.toContain(new URL(replay.webhookUrl).pathname);
  });

  it('fails retryably on a timeout, and stops a request in flight when aborted', async () => {
    const replay = await serve([{ hang: true }]);
    const slow = await exportSample({ timeoutMs: 200 });
    expect(slow).toMatchObject({ ok: false, retryable: true });
    expect(slow.ok ? '' : slow.message).toContain('did not answer within 200 ms');
    const controller = new AbortController();
    const exported = exportSample({ timeoutMs: 600_000 }, controller.signal);
    const request = await replay.request(1);
    controller.abort(new Error('pipeline deadline'));
    expect(await exported).toMatchObject({ ok: false, retryable: false });
    await request.abandoned;
  });

  it('refuses invalid options at creation, without echoing the webhook URL', () => {
    expect(() => createSlackSink({ webhookUrl: 'hooks.slack.com/services/secret' })).toThrow(
      InvalidInputError,
    );
    try {
      createSlackSink({ webhookUrl: 'not a url/secret-part', timeoutMs: 0, reportUrl: 'ftp://x' });
    } catch (error) {
      const invalid = error as InvalidInputError;
      expect(invalid.issues.map((issue) => issue.path)).toEqual(['webhookUrl', 'timeoutMs', 'reportUrl']);
      expect(invalid.message).not.toContain('secret-part');
    }
  });
});
