import { CO_OCCURRING_LABEL, type TriageReport } from '@triagekit/core';
import { createSampleTriageReport } from '@triagekit/core/testing';
import { describe, expect, it } from 'vitest';
import { buildSlackBlocks, buildSlackMessage } from './build-slack-blocks.js';
import type { SlackBlock } from './slack-block.js';
import { SLACK_LIMITS } from './slack-limits.js';

const reportUrl = 'https://triage.example.com/reports/tr_5f3c9a1e7b2d4c68';

/** Every text a block carries, with where it sits. */
function texts(blocks: readonly SlackBlock[]): { type: string; text: string }[] {
  return blocks.flatMap((block) => {
    switch (block.type) {
      case 'header':
      case 'section':
        return [{ type: block.type, text: block.text.text }];
      case 'context':
        return block.elements.map((element) => ({ type: 'context', text: element.text }));
      case 'actions':
        return block.elements.map((element) => ({ type: 'button', text: element.text.text }));
      default:
        return [];
    }
  });
}

function sectionStarting(blocks: readonly SlackBlock[], heading: string): string {
  const found = texts(blocks).find((entry) => entry.type === 'section' && entry.text.startsWith(heading));
  if (!found) throw new Error(`no section starting with ${heading}`);
  return found.text;
}

function expectWithinLimits(blocks: readonly SlackBlock[]): void {
  expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
  for (const { type, text } of texts(blocks)) {
    expect(text.length).toBeGreaterThan(0);
    expect(text.length).toBeLessThanOrEqual(
      type === 'header' ? SLACK_LIMITS.headerLength : SLACK_LIMITS.textLength,
    );
  }
}

function crowded(count: number, length: number): TriageReport {
  const report = createSampleTriageReport();
  const [service] = report.affectedServices;
  const [change] = report.changes;
  const [pattern] = report.errorPatterns;
  if (!service || !change || !pattern) throw new Error('the sample report has every section');
  report.alert.title = `Everything is on fire ${'🔥'.repeat(200)}`;
  report.affectedServices = Array.from({ length: count }, (_, index) => ({
    ...service,
    service: `svc-${index}`,
    reasons: ['r'.repeat(length)],
  }));
  report.changes = Array.from({ length: count }, (_, index) => ({
    ...change,
    title: `change ${index} ${'c'.repeat(length)}`,
  }));
  report.errorPatterns = Array.from({ length: count }, (_, index) => ({
    ...pattern,
    count: index,
    template: `<${'&'.repeat(length)}>`,
  }));
  report.summary = report.summary && { ...report.summary, text: '<&>'.repeat(2_000) };
  return report;
}

describe('buildSlackBlocks on the sample report', () => {
  const blocks = buildSlackBlocks(createSampleTriageReport(), { reportUrl });

  it('opens with a header of severity and alert title, then an overview', () => {
    expect(blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: '🔴 CRITICAL · PaymentsLatencyHigh: p99 > 2s', emoji: true },
    });
    expect(blocks[1]).toEqual({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: 'source alertmanager · started 2026-03-04 10:00:00 UTC' },
        { type: 'mrkdwn', text: 'onset 09:52:10 UTC (error-onset)' },
        { type: 'mrkdwn', text: 'report tr_5f3c9a1e7b2d4c68_20260304T100000Z' },
      ],
    });
  });

  it('shows the summary, services, changes marked co-occurring, patterns and runbooks', () => {
    expect(sectionStarting(blocks, '*Summary*')).toContain(
      'payments-api has been failing to get database connections',
    );
    expect(sectionStarting(blocks, '*Affected services*')).toBe(
      '*Affected services*\n' +
        '1. *payments* (score 0.92) — named in the alert labels; 2 error log lines in the window\n' +
        '2. *checkout* (score 0.41) — 1 warning event in the window',
    );
    expect(sectionStarting(blocks, '*Changes before the onset*')).toBe(
      `*Changes before the onset* — _${CO_OCCURRING_LABEL}_\n` +
        '• `09:40:00 UTC` *payments* — Deployed payments-api v2.14.0 (db pool size 50 -&gt; 10) (12.2 min before onset)',
    );
    expect(sectionStarting(blocks, '*Error patterns*')).toBe(
      '*Error patterns*\n• *2×* error · payments — `ERROR could not acquire connection from pool within &lt;*&gt; ms (pool size &lt;*&gt;)`',
    );
    expect(sectionStarting(blocks, '*Runbooks*')).toBe(
      '*Runbooks*\n• <https://runbooks.example.com/high-latency|High request latency> (runbook, relevance 0.71) — mentions latency, connection pool and the PaymentsLatencyHigh alert',
    );
  });

  it('ends with degraded sources, a button to the report and the closing line', () => {
    const tail = blocks.slice(-3);
    expect(tail[0]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: '⚠️ 1 source(s) degraded: git:infra-repo (collect, timed-out)' }],
    });
    expect(tail[1]).toEqual({
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: 'Open the full report', emoji: true },
          url: reportUrl,
          action_id: 'triagekit-open-report',
        },
      ],
    });
    expect(tail[2]?.type).toBe('context');
    expectWithinLimits(blocks);
  });
});

describe('buildSlackBlocks on other reports', () => {
  it('says "No runbook found" when nothing fits, and when no knowledge base was searched', () => {
    const report = createSampleTriageReport();
    report.runbooks = { confident: false, query: 'q', matches: [] };
    expect(sectionStarting(buildSlackBlocks(report), '*Runbooks*')).toBe(
      '*Runbooks*\n*No runbook found* that fits this incident.',
    );
    report.runbooks = null;
    expect(sectionStarting(buildSlackBlocks(report), '*Runbooks*')).toContain('No runbook found');
  });

  it('leaves out the summary and the button when there is none, and says when sections are empty', () => {
    const report = createSampleTriageReport();
    report.summary = null;
    report.changes = [];
    report.degradedSources = [];
    const blocks = buildSlackBlocks(report, { reportUrl: () => 'javascript:alert(1)' });
    expect(texts(blocks).some((entry) => entry.text.startsWith('*Summary*'))).toBe(false);
    expect(blocks.some((block) => block.type === 'actions')).toBe(false);
    expect(sectionStarting(blocks, '*Changes before the onset*')).toContain(
      'No change was recorded in the window.',
    );
  });

  it('escapes untrusted text so that it cannot mention anyone or make links', () => {
    const report = createSampleTriageReport();
    report.alert.title = '<!channel> pay <https://evil.example|here>';
    const [pattern] = report.errorPatterns;
    if (pattern) pattern.template = 'token=<@U123> & `rm -rf`';
    const { text, blocks } = buildSlackMessage(report);
    expect(text).toContain('&lt;!channel&gt; pay &lt;https://evil.example|here&gt;');
    expect(sectionStarting(blocks, '*Error patterns*')).toContain("`token=&lt;@U123&gt; &amp; 'rm -rf'`");
    for (const entry of texts(blocks).filter((item) => item.type !== 'header')) {
      expect(entry.text).not.toContain('<!channel>');
      expect(entry.text).not.toContain('<@U123>');
    }
  });

  it('keeps to Slack limits with huge reports, showing maxItems items and counting the rest', () => {
    const blocks = buildSlackBlocks(crowded(200, 2_000), { maxItems: 20, reportUrl });
    expectWithinLimits(blocks);
    const header = blocks[0]?.type === 'header' ? blocks[0].text.text : '';
    expect(header.length).toBeLessThanOrEqual(150);
    expect(header.endsWith('…')).toBe(true);
    const services = sectionStarting(blocks, '*Affected services*');
    const shown = services.split('\n').filter((line) => /^\d+\. /.test(line)).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(20);
    expect(services).toContain(`_…and ${200 - shown} more in the full report_`);
    expect(sectionStarting(blocks, '*Summary*').endsWith('…')).toBe(true);
  });

  it('shows maxItems items per section', () => {
    const blocks = buildSlackBlocks(crowded(8, 10), { maxItems: 3 });
    expect(sectionStarting(blocks, '*Changes before the onset*').match(/^• /gm)).toHaveLength(3);
    expect(sectionStarting(blocks, '*Error patterns*')).toContain('_…and 5 more in the full report_');
  });
});
