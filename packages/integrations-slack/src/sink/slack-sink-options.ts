import type { WebClient } from '@slack/web-api';
import type { SlackMessageOptions } from '../blocks/build-slack-blocks.js';

/** Default per-request timeout of the Slack sink: 10 s. */
export const DEFAULT_SLACK_TIMEOUT_MS = 10_000;

/** What every Slack sink takes, whichever way it posts. */
export interface SlackSinkCommonOptions extends SlackMessageOptions {
  /** Per request, in milliseconds. Default {@link DEFAULT_SLACK_TIMEOUT_MS}. */
  readonly timeoutMs?: number;
  /** Stable id of the sink. Default `'slack'`. */
  readonly sinkId?: string;
}

/** Posts through an incoming webhook: the simplest setup, one channel fixed by the webhook. */
export interface SlackWebhookSinkOptions extends SlackSinkCommonOptions {
  /** The incoming webhook URL (`https://hooks.slack.com/services/...`). A secret: keep it out of logs. */
  readonly webhookUrl: string;
}

/** Posts with `chat.postMessage` through the Web API: any channel the app is in, and a message location. */
export interface SlackWebApiSinkOptions extends SlackSinkCommonOptions {
  /** A bot token (`xoxb-...`) with the `chat:write` scope. Needed unless `client` is given. */
  readonly token?: string;
  /** Channel ID (`C0123ABCD`, recommended) or name (`#incidents`). */
  readonly channel: string;
  /**
   * Your own `WebClient`, used as is. Give it `retryConfig: { retries: 0 }` and `rejectRateLimitedCalls:
   * true` (the pipeline retries); an abort then resolves at once, but its request is not cancelled.
   */
  readonly client?: WebClient;
  /** Web API root, for tests and proxies. Default Slack's (`https://slack.com/api/`). */
  readonly slackApiUrl?: string;
}

/** Options of `createSlackSink`: an incoming webhook, or a token and channel for the Web API. */
export type SlackSinkOptions = SlackWebhookSinkOptions | SlackWebApiSinkOptions;
