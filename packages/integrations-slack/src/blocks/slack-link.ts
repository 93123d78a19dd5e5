import { escapeMrkdwn } from './escape-mrkdwn.js';
import { SLACK_LIMITS } from './slack-limits.js';

/**
 * `url` as an absolute http(s) URL safe inside Slack's `<url|label>` syntax (`|`, `<`, `>` and spaces
 * percent-encoded), or `undefined` when it is not http(s) or longer than Slack accepts.
 */
export function safeSlackUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const encoded = parsed.href.replace(/[|<> ]/g, (character) => encodeURIComponent(character));
  return encoded.length <= SLACK_LIMITS.urlLength ? encoded : undefined;
}

/**
 * A mrkdwn link `<url|label>` with the label escaped, or just the escaped label when `url` is not a safe
 * http(s) URL (a link to anything else is never made).
 */
export function slackLink(url: string | undefined, label: string, maxLabelLength = 200): string {
  const safe = safeSlackUrl(url);
  const text = escapeMrkdwn(label, maxLabelLength);
  return safe === undefined ? text : `<${escapeMrkdwn(safe)}|${text}>`;
}
