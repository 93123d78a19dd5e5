import { CO_OCCURRING_LABEL, type Severity, type TriageReport } from '@triagekit/core';
import { escapeMrkdwn, oneLine } from './escape-mrkdwn.js';
import { fitLines } from './fit-lines.js';
import {
  affectedServiceLines,
  changeLines,
  errorPatternLines,
  runbookLines,
} from './report-section-lines.js';
import type { SlackBlock, SlackMessage } from './slack-block.js';
import { SLACK_LIMITS } from './slack-limits.js';
import { safeSlackUrl } from './slack-link.js';

/** Default number of items per section of a Slack message. */
export const DEFAULT_SLACK_ITEMS = 5;

/** Options of {@link buildSlackBlocks} and {@link buildSlackMessage}. */
export interface SlackMessageOptions {
  /** Link to the full report, shown as a button; a function gets the report. Not http(s): no button. */
  readonly reportUrl?: string | ((report: TriageReport) => string | undefined);
  /** Items per section (services, changes, patterns, runbooks), 1 to 20. Default {@link DEFAULT_SLACK_ITEMS}. */
  readonly maxItems?: number;
}

const SEVERITY_MARK: Readonly<Record<Severity, string>> = {
  critical: '🔴',
  error: '🟠',
  warning: '🟡',
  info: '🔵',
  debug: '⚪',
  unknown: '⚪',
};

/** `text` within `maxLength` UTF-16 units, with an ellipsis when cut, never splitting a surrogate pair. */
function cut(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let kept = text.slice(0, maxLength - 1);
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  return `${kept}…`;
}

function section(text: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(...texts: string[]): SlackBlock {
  const elements = texts.slice(0, SLACK_LIMITS.contextElements).map((text) => ({
    type: 'mrkdwn' as const,
    text: escapeMrkdwn(text, SLACK_LIMITS.textLength),
  }));
  return { type: 'context', elements };
}

function listSection(heading: string, lines: readonly string[], total: number, empty: string): SlackBlock {
  return section(total === 0 ? `${heading}\n${empty}` : fitLines(heading, lines, total));
}

/** How many runbook lines there would be without `maxItems`: the matches, or the one "none found" line. */
function runbookCount(report: TriageReport): number {
  const { runbooks } = report;
  return runbooks?.confident && runbooks.matches.length > 0 ? runbooks.matches.length : 1;
}

function overview(report: TriageReport): string[] {
  const { alert, onset } = report;
  return [
    `source ${alert.source} · started ${alert.startsAt.slice(0, 19).replace('T', ' ')} UTC`,
    onset ? `onset ${onset.time.slice(11, 19)} UTC (${onset.basis})` : 'onset unknown',
    `report ${report.id}`,
  ];
}

/**
 * The Block Kit blocks of a triage message: a header (severity and alert title), an overview line, the LLM
 * summary when there is one, then the top affected services, the changes before the onset (marked
 * co-occurring, not proven causal), the top error patterns (count and template in a code span), the runbooks
 * (or "No runbook found"), degraded sources, a button to the full report, and a closing line. All untrusted
 * text is mrkdwn-escaped (`&`, `<`, `>`) and cut to Slack's limits: at most 50 blocks, 3,000 characters per
 * text, 150 for the header, with an ellipsis where cut. Deterministic.
 */
export function buildSlackBlocks(report: TriageReport, options: SlackMessageOptions = {}): SlackBlock[] {
  const maxItems = options.maxItems ?? DEFAULT_SLACK_ITEMS;
  const { alert, summary } = report;
  const title = `${SEVERITY_MARK[alert.severity]} ${alert.severity.toUpperCase()} · ${oneLine(alert.title)}`;
  const blocks: SlackBlock[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: cut(title, SLACK_LIMITS.headerLength), emoji: true },
    },
    context(...overview(report)),
  ];
  if (summary) {
    const heading = `*Summary* (${escapeMrkdwn(oneLine(summary.modelId), 80)}; every claim cites evidence)\n`;
    blocks.push(
      section(`${heading}${escapeMrkdwn(summary.text.trim(), SLACK_LIMITS.textLength - heading.length)}`),
    );
  }
  blocks.push(
    { type: 'divider' },
    listSection(
      '*Affected services*',
      affectedServiceLines(report, maxItems),
      report.affectedServices.length,
      '_No affected service could be identified from the evidence._',
    ),
    listSection(
      `*Changes before the onset* — _${CO_OCCURRING_LABEL}_`,
      changeLines(report, maxItems),
      report.changes.length,
      '_No change was recorded in the window._',
    ),
    listSection(
      '*Error patterns*',
      errorPatternLines(report, maxItems),
      report.errorPatterns.length,
      '_No error or warning lines were found._',
    ),
    section(fitLines('*Runbooks*', runbookLines(report, maxItems), runbookCount(report))),
  );
  if (report.degradedSources.length > 0) {
    const degraded = report.degradedSources.map(
      (source) => `${source.source} (${source.stage}, ${source.status})`,
    );
    blocks.push(context(`⚠️ ${degraded.length} source(s) degraded: ${degraded.join(', ')}`));
  }
  const url = safeSlackUrl(
    typeof options.reportUrl === 'function' ? options.reportUrl(report) : options.reportUrl,
  );
  if (url !== undefined) {
    const button = { type: 'plain_text' as const, text: 'Open the full report', emoji: true };
    blocks.push({
      type: 'actions',
      elements: [{ type: 'button', text: button, url, action_id: 'triagekit-open-report' }],
    });
  }
  blocks.push(
    context('triagekit suggests; a human decides and acts. Nothing was executed against any system.'),
  );
  // Today's layout stays far below Slack's 50 blocks; keep the closing block if that ever changes.
  return blocks.length <= SLACK_LIMITS.blocksPerMessage
    ? blocks
    : [...blocks.slice(0, SLACK_LIMITS.blocksPerMessage - 1), blocks[blocks.length - 1] as SlackBlock];
}

/**
 * {@link buildSlackBlocks} plus the plain `text` Slack shows in notifications and screen readers:
 * `[CRITICAL] <title> — 2 affected services, 1 change, 3 error patterns`, escaped and cut to 3,000
 * characters.
 */
export function buildSlackMessage(report: TriageReport, options: SlackMessageOptions = {}): SlackMessage {
  const counts = [
    `${report.affectedServices.length} affected service(s)`,
    `${report.changes.length} change(s)`,
    `${report.errorPatterns.length} error pattern(s)`,
  ].join(', ');
  const text = `[${report.alert.severity.toUpperCase()}] ${oneLine(report.alert.title)} — ${counts}`;
  return { text: escapeMrkdwn(text, SLACK_LIMITS.textLength), blocks: buildSlackBlocks(report, options) };
}
