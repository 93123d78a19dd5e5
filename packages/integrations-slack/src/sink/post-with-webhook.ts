import { IncomingWebhook, type IncomingWebhookSendArguments } from '@slack/webhook';
import type { SinkV1ExportResult } from '@triagekit/core';
import type { SlackMessage } from '../blocks/slack-block.js';
import { abortableFetch, type ObservedResponse } from './abortable-fetch.js';
import { slackFailure } from './slack-failure.js';

/** One message to an incoming webhook and how to send it. */
export interface WebhookPost {
  readonly webhookUrl: string;
  readonly message: SlackMessage;
  readonly timeoutMs: number;
  readonly abortSignal: AbortSignal;
}

/**
 * Sends one message through `@slack/webhook`'s `IncomingWebhook` (no retries of its own, a timeout, and a
 * fetch that stops on abort), without link previews. Never throws. The webhook URL, a secret, never appears
 * in a result.
 */
export async function postWithWebhook(post: WebhookPost): Promise<SinkV1ExportResult> {
  const observed: ObservedResponse = { status: undefined, retryAfter: null };
  const webhook = new IncomingWebhook(post.webhookUrl, {
    timeout: post.timeoutMs,
    retryConfig: { retries: 0 },
    fetch: abortableFetch(post.abortSignal, observed),
  });
  try {
    // Our block types are a plain-data subset of Slack's KnownBlock; the cast only bridges the two typings.
    const message = {
      text: post.message.text,
      blocks: post.message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    } as unknown as IncomingWebhookSendArguments;
    await webhook.send(message);
    return { ok: true };
  } catch (error) {
    return slackFailure(error, {
      target: 'the incoming webhook',
      aborted: post.abortSignal.aborted,
      timeoutMs: post.timeoutMs,
      observed,
    });
  }
}
