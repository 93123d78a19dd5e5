import type { TriageReport } from '@triagekit/core';
import { codeSpan, escapeMrkdwn, oneLine } from './escape-mrkdwn.js';
import { slackLink } from './slack-link.js';

/** Longest text of one item line before it is cut, so that one item cannot fill a whole section. */
const ITEM = 300;

function clock(time: string): string {
  return `${time.slice(11, 19)} UTC`;
}

/** `1. *payments* (score 0.92) — named in the alert labels; 2 error log lines` */
export function affectedServiceLines(report: TriageReport, maxItems: number): string[] {
  return report.affectedServices
    .slice(0, maxItems)
    .map(
      (finding, index) =>
        `${index + 1}. *${escapeMrkdwn(oneLine(finding.service), 80)}* (score ${finding.score.toFixed(2)}) — ${escapeMrkdwn(oneLine(finding.reasons.join('; ')), ITEM)}`,
    );
}

/** `• \`09:40:00 UTC\` *payments* — Deployed payments-api v2.14.0 (12.2 min before onset)` */
export function changeLines(report: TriageReport, maxItems: number): string[] {
  return report.changes.slice(0, maxItems).map((change) => {
    const minutes = Math.abs(change.minutesBeforeOnset).toFixed(1);
    const when =
      change.minutesBeforeOnset >= 0 ? `${minutes} min before onset` : `${minutes} min after onset`;
    const service = change.service ? `*${escapeMrkdwn(oneLine(change.service), 80)}*` : '_no service_';
    return `• \`${clock(change.time)}\` ${service} — ${escapeMrkdwn(oneLine(change.title), ITEM)} (${when})`;
  });
}

/** `• *2×* error · payments — \`ERROR could not acquire connection from pool within <*> ms\`` */
export function errorPatternLines(report: TriageReport, maxItems: number): string[] {
  return report.errorPatterns.slice(0, maxItems).map((pattern) => {
    const services =
      pattern.services.length > 0 ? ` · ${escapeMrkdwn(oneLine(pattern.services.join(', ')), 80)}` : '';
    const novel = pattern.novel ? ' · new' : '';
    return `• *${pattern.count}×* ${pattern.severity}${novel}${services} — ${codeSpan(pattern.template, ITEM)}`;
  });
}

/** `• <https://runbooks.example.com/high-latency|High request latency> (relevance 0.71) — why it matched` */
export function runbookLines(report: TriageReport, maxItems: number): string[] {
  const { runbooks } = report;
  if (runbooks === null) return ['No runbook found: no knowledge base is configured.'];
  if (!runbooks.confident || runbooks.matches.length === 0)
    return ['*No runbook found* that fits this incident.'];
  return runbooks.matches
    .slice(0, maxItems)
    .map(
      (match) =>
        `• ${slackLink(match.url ?? undefined, oneLine(match.title), 150)} (${escapeMrkdwn(match.kind, 40)}, relevance ${match.relevance.toFixed(2)}) — ${escapeMrkdwn(oneLine(match.why), 200)}`,
    );
}
