import type { SinkV1, SinkV1ExportResult, TriageReport } from '@triagekit/core';
import { buildSlackMessage } from '../blocks/build-slack-blocks.js';
import { checkSlackSinkOptions } from './check-slack-sink-options.js';
import { postWithWebApi } from './post-with-web-api.js';
import { postWithWebhook } from './post-with-webhook.js';
import { DEFAULT_SLACK_TIMEOUT_MS, type SlackSinkOptions } from './slack-sink-options.js';

function failure(message: string): SinkV1ExportResult {
  return { ok: false, retryable: false, message };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A `SinkV1` posting each report to Slack as a Block Kit message (see `buildSlackBlocks`): through an
 * incoming webhook (`{ webhookUrl }`, with `@slack/webhook`) or with `chat.postMessage` (`{ token, channel }`
 * or `{ client, channel }`, with `@slack/web-api`).
 *
 * Never throws from `doExport`: rate limits, 5xx, timeouts, network failures and unknown `ok: false` codes
 * resolve to `{ ok: false, retryable: true }`; bad tokens, missing scopes, unknown or archived channels and
 * revoked webhooks to `retryable: false` with what to do. The clients never retry themselves (the pipeline
 * does). Honours the abort signal at once. `shutdown()` waits for messages in flight and refuses later ones.
 *
 * @throws InvalidInputError at creation, naming every invalid option.
 */
export function createSlackSink(options: SlackSinkOptions): SinkV1 {
  checkSlackSinkOptions(options);
  const sinkId = options.sinkId ?? 'slack';
  const timeoutMs = options.timeoutMs ?? DEFAULT_SLACK_TIMEOUT_MS;
  const inFlight = new Set<Promise<SinkV1ExportResult>>();
  let shutDown = false;

  async function deliver(report: TriageReport, abortSignal: AbortSignal): Promise<SinkV1ExportResult> {
    let message: ReturnType<typeof buildSlackMessage>;
    try {
      message = buildSlackMessage(report, options);
    } catch (error) {
      return failure(`Sink "${sinkId}" could not build the message: ${describe(error)}`);
    }
    if ('webhookUrl' in options) {
      return postWithWebhook({ webhookUrl: options.webhookUrl, message, timeoutMs, abortSignal });
    }
    return postWithWebApi({
      channel: options.channel,
      message,
      timeoutMs,
      abortSignal,
      ...(options.token === undefined ? {} : { token: options.token }),
      ...(options.slackApiUrl === undefined ? {} : { slackApiUrl: options.slackApiUrl }),
      ...(options.client === undefined ? {} : { client: options.client }),
    });
  }

  return {
    specificationVersion: 'v1',
    sinkId,
    async doExport({ report, abortSignal }) {
      if (shutDown) return failure(`Sink "${sinkId}" is shut down.`);
      if (abortSignal?.aborted)
        return failure(`The Slack message for report ${report.id} was aborted before it was sent.`);
      const delivery = deliver(report, abortSignal ?? new AbortController().signal);
      inFlight.add(delivery);
      try {
        return await delivery;
      } catch (error) {
        // The transports map every client error; only a defect gets here, and a sink still never throws.
        return failure(`Sink "${sinkId}" failed unexpectedly: ${describe(error)}`);
      } finally {
        inFlight.delete(delivery);
      }
    },
    async shutdown() {
      shutDown = true;
      await Promise.allSettled([...inFlight]);
    },
  };
}
