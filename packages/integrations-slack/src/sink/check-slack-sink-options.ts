import { type InputIssue, InvalidInputError } from '@triagekit/core';
import { safeSlackUrl } from '../blocks/slack-link.js';
import type { SlackSinkOptions } from './slack-sink-options.js';

function integerIn(path: string, value: unknown, min: number, max: number): InputIssue[] {
  if (value === undefined) return [];
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max
    ? []
    : [{ path, message: `must be an integer from ${min} to ${max}, got ${String(value)}` }];
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function transportIssues(options: Record<string, unknown>): InputIssue[] {
  const issues: InputIssue[] = [];
  const hasWebhook = options.webhookUrl !== undefined;
  const hasWebApi =
    options.channel !== undefined || options.token !== undefined || options.client !== undefined;
  if (hasWebhook && hasWebApi) {
    return [
      { path: 'webhookUrl', message: 'give either webhookUrl, or token (or client) and channel, not both' },
    ];
  }
  if (hasWebhook) {
    // The URL is a secret: never echo it.
    if (!isHttpUrl(options.webhookUrl))
      issues.push({
        path: 'webhookUrl',
        message: 'must be the incoming webhook URL (https://hooks.slack.com/services/...)',
      });
    return issues;
  }
  if (typeof options.channel !== 'string' || options.channel.trim() === '') {
    issues.push({
      path: 'channel',
      message: 'must be a channel ID (C0123ABCD) or name; or give webhookUrl instead',
    });
  }
  if (options.client === undefined && (typeof options.token !== 'string' || options.token.trim() === '')) {
    issues.push({
      path: 'token',
      message: 'must be a bot token (xoxb-...) with the chat:write scope, unless client is given',
    });
  }
  if (options.slackApiUrl !== undefined && !isHttpUrl(options.slackApiUrl)) {
    issues.push({
      path: 'slackApiUrl',
      message: `must be an http(s) URL, got ${JSON.stringify(options.slackApiUrl)}`,
    });
  }
  return issues;
}

/** Throws an `InvalidInputError` naming every invalid option of `createSlackSink`. */
export function checkSlackSinkOptions(options: SlackSinkOptions): void {
  const record = options as unknown as Record<string, unknown>;
  const issues = [
    ...transportIssues(record),
    ...integerIn('timeoutMs', options.timeoutMs, 1, 600_000),
    ...integerIn('maxItems', options.maxItems, 1, 20),
  ];
  if (typeof options.reportUrl === 'string' && safeSlackUrl(options.reportUrl) === undefined) {
    issues.push({
      path: 'reportUrl',
      message: 'must be an http(s) URL (at most 3,000 characters) or a function of the report',
    });
  }
  if (options.sinkId !== undefined && !/^\S+$/.test(options.sinkId)) {
    issues.push({ path: 'sinkId', message: 'must be a non-empty string without whitespace' });
  }
  if (issues.length > 0) throw new InvalidInputError({ source: 'Slack sink options', issues });
}
