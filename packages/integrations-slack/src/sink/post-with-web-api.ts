import { type ChatPostMessageArguments, LogLevel, WebClient } from '@slack/web-api';
import type { SinkV1ExportResult } from '@triagekit/core';
import type { SlackMessage } from '../blocks/slack-block.js';
import { abortableFetch, type ObservedResponse } from './abortable-fetch.js';
import { slackFailure } from './slack-failure.js';

/** One `chat.postMessage` and how to make it. */
export interface WebApiPost {
  readonly channel: string;
  readonly message: SlackMessage;
  readonly timeoutMs: number;
  readonly abortSignal: AbortSignal;
  /** A bot token, for a client made here. */
  readonly token?: string;
  readonly slackApiUrl?: string;
  /** The caller's own client, used as is. */
  readonly client?: WebClient;
}

/** Settles like `promise`, or rejects with the signal's reason when `signal` aborts first. */
function settleOrAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  // The call keeps running when abandoned; its outcome is then of no interest, but must not go unhandled.
  promise.catch(() => {});
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Posts one message with `chat.postMessage`, once, without link previews. A client made here has no retries
 * (the pipeline retries), rejects rate-limited calls instead of waiting, has a timeout, and stops its
 * request on abort; a caller's own client is raced against the abort signal and the timeout instead.
 * Never throws; `location` is `slack:channel/<id>/message/<ts>`.
 */
export async function postWithWebApi(post: WebApiPost): Promise<SinkV1ExportResult> {
  const observed: ObservedResponse = { status: undefined, retryAfter: null };
  const timeout = AbortSignal.timeout(post.timeoutMs);
  const client =
    post.client ??
    new WebClient(post.token, {
      ...(post.slackApiUrl === undefined ? {} : { slackApiUrl: post.slackApiUrl }),
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: post.timeoutMs,
      fetch: abortableFetch(post.abortSignal, observed),
      logLevel: LogLevel.ERROR,
    });
  try {
    // Our block types are a plain-data subset of Slack's KnownBlock; the cast only bridges the two typings.
    const message = {
      channel: post.channel,
      text: post.message.text,
      blocks: post.message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    } as unknown as ChatPostMessageArguments;
    const call = client.chat.postMessage(message);
    const result = await (post.client
      ? settleOrAbort(call, AbortSignal.any([post.abortSignal, timeout]))
      : call);
    return {
      ok: true,
      location: `slack:channel/${result.channel ?? post.channel}/message/${result.ts ?? 'unknown'}`,
    };
  } catch (error) {
    return slackFailure(error, {
      target: `channel ${post.channel}`,
      aborted: post.abortSignal.aborted,
      timeoutMs: post.timeoutMs,
      observed,
    });
  }
}
