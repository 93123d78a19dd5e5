import { SLACK_LIMITS } from './slack-limits.js';

function notice(left: number): string {
  return `_…and ${left} more in the full report_`;
}

/**
 * `heading` and `lines` joined by newlines within `maxLength` characters (default Slack's 3,000 per text
 * field): whole lines are kept while they fit, then one line says how many of `total` items (default the
 * number of lines) are not shown. Lines must be mrkdwn already, each far shorter than the limit.
 */
export function fitLines(
  heading: string,
  lines: readonly string[],
  total: number = lines.length,
  maxLength: number = SLACK_LIMITS.textLength,
): string {
  const kept = [heading];
  let length = heading.length;
  for (const line of lines) {
    const leftAfter = total - (kept.length - 1) - 1;
    const reserve = leftAfter > 0 ? notice(leftAfter).length + 1 : 0;
    if (length + 1 + line.length + reserve > maxLength) break;
    kept.push(line);
    length += 1 + line.length;
  }
  const shown = kept.length - 1;
  if (total > shown) kept.push(notice(total - shown));
  return kept.join('\n');
}
