import type { SinkV1ExportResult } from '@triagekit/core';
import type { ObservedResponse } from './abortable-fetch.js';
import { permanentWebApiError, permanentWebhookError } from './slack-error-messages.js';

/** How an attempt ended before an error reached the sink. */
export interface AttemptContext {
  /** Where the message was going, for messages: `channel C0123` or `the incoming webhook`. */
  readonly target: string;
  readonly aborted: boolean;
  readonly timeoutMs: number;
  readonly observed: ObservedResponse;
}

interface SlackClientError {
  readonly code?: unknown;
  readonly statusCode?: unknown;
  readonly body?: unknown;
  readonly retryAfter?: unknown;
  readonly original?: unknown;
  readonly data?: { readonly error?: unknown; readonly needed?: unknown; readonly provided?: unknown };
  readonly message?: unknown;
}

function retryable(message: string): SinkV1ExportResult {
  return { ok: false, retryable: true, message };
}

function permanent(message: string): SinkV1ExportResult {
  return { ok: false, retryable: false, message };
}

function waitHint(seconds: unknown): string {
  const value = typeof seconds === 'number' ? seconds : Number.parseInt(String(seconds ?? ''), 10);
  return Number.isFinite(value) ? ` It asks to wait ${value} s.` : '';
}

function requestFailure(original: unknown, context: AttemptContext): SinkV1ExportResult {
  const name = original instanceof Error ? original.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return retryable(
      `Slack did not answer within ${context.timeoutMs} ms (timeoutMs), posting to ${context.target}.`,
    );
  }
  const cause =
    original instanceof Error && original.cause instanceof Error ? original.cause.message : undefined;
  const reason = cause ?? (original instanceof Error ? original.message : String(original));
  return retryable(
    `Slack is unreachable (${reason}), posting to ${context.target}. Check the network and proxy.`,
  );
}

function platformFailure(error: SlackClientError, context: AttemptContext): SinkV1ExportResult {
  const code = typeof error.data?.error === 'string' ? error.data.error : 'unknown_error';
  if (code === 'ratelimited' || code === 'rate_limited') {
    return retryable(`Slack rate-limited the message to ${context.target} (${code}).`);
  }
  const advice = permanentWebApiError(code);
  if (advice === undefined) {
    return retryable(
      `Slack answered ok: false (${code}) for ${context.target}; another attempt may succeed.`,
    );
  }
  const scopes =
    code === 'missing_scope' && typeof error.data?.needed === 'string'
      ? ` (needed: ${error.data.needed}; the token has: ${String(error.data.provided ?? 'none')})`
      : '';
  return permanent(`Slack refused the message to ${context.target} (${code}): ${advice}${scopes}.`);
}

function httpFailure(status: number, body: string, context: AttemptContext): SinkV1ExportResult {
  if (status === 429) {
    return retryable(
      `Slack rate-limited the message to ${context.target} (HTTP 429).${waitHint(context.observed.retryAfter)}`,
    );
  }
  if (status === 408 || status >= 500) {
    return retryable(
      `Slack failed to take the message to ${context.target} (HTTP ${status}: ${body.slice(0, 100) || 'no details'}).`,
    );
  }
  const advice = permanentWebhookError(body);
  const detail =
    advice === undefined ? body.trim().slice(0, 100) || 'no details' : `${body.trim()}: ${advice}`;
  return permanent(`Slack refused the message to ${context.target} (HTTP ${status}, ${detail}).`);
}

/**
 * Maps an error thrown by `@slack/web-api` or `@slack/webhook` to a sink result: rate limits (with the wait
 * Slack asks for), 5xx, timeouts, network failures and unknown `ok: false` codes are retryable; bad tokens,
 * missing scopes, unknown or archived channels, revoked webhooks and other 4xx are not, with what to do;
 * an abort is not retryable.
 */
export function slackFailure(error: unknown, context: AttemptContext): SinkV1ExportResult {
  if (context.aborted) return permanent(`The message to ${context.target} was aborted.`);
  const failure = (error ?? {}) as SlackClientError;
  switch (failure.code) {
    case 'slack_webapi_platform_error':
      return platformFailure(failure, context);
    case 'slack_webapi_rate_limited_error':
      return retryable(
        `Slack rate-limited the message to ${context.target} (HTTP 429).${waitHint(failure.retryAfter)}`,
      );
    case 'slack_webapi_http_error':
    case 'slack_webhook_http_error':
      return httpFailure(
        Number(failure.statusCode),
        typeof failure.body === 'string' ? failure.body : '',
        context,
      );
    case 'slack_webapi_request_error':
    case 'slack_webhook_request_error':
      return requestFailure(failure.original, context);
    default:
      break;
  }
  if (context.observed.status === 429) {
    // The Web API client gives up on a 429 without a usable Retry-After with a plain Error.
    return retryable(`Slack rate-limited the message to ${context.target} (HTTP 429).`);
  }
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return requestFailure(error, context);
  }
  const message = error instanceof Error ? error.message : String(error);
  return retryable(`Posting to ${context.target} failed unexpectedly (${message}).`);
}
