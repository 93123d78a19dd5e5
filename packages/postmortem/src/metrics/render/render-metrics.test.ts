import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeResponseMetrics } from '../compute-response-metrics.js';
import type { IncidentRecord } from '../incident-record.js';
import { parseIncidentExport } from '../parse/parse-incident-export.js';
import { formatMetricsTable } from './format-metrics-table.js';
import { renderMetricsChartSvg } from './render-metrics-chart-svg.js';
import { renderMetricsHtml } from './render-metrics-html.js';

const csv = readFileSync(new URL('../__fixtures__/generic-incidents.csv', import.meta.url), 'utf8');
const metrics = computeResponseMetrics(parseIncidentExport(csv, { timeZone: 'Europe/Berlin' }).incidents, {
  since: '2026-03-01T00:00:00Z',
});

describe('metrics output', () => {
  it('prints a table with medians, p90, means, counts, changes and the sample-size note', () => {
    const table = formatMetricsTable(metrics);
    expect(table).toContain('Response metrics: before vs after 2026-03-01T00:00:00.000Z');
    // Hand-computed in compute-response-metrics.test.ts: MTTA median 240 s → 120 s (−50 %), MTTR 3600 s → 1200 s.
    expect(table).toContain('\n  MTTA median       4m 00s          2m 00s          -50.0 %\n');
    expect(table).toContain('\n  MTTR median       1h 00m          20m 00s         -66.7 %\n');
    expect(table).toContain('  MTTA n (unacked)  5 (1)           5 (1)');
    expect(table).toContain('  MTTA: not conclusive: n < 10 (before 5, after 5)');
    expect(table).toContain('payments');
    expect(table).toContain('MTTA median 6m 00s → 2m 30s (-58.3 %)');
  });

  it('draws a self-contained SVG: bars for median and p90 before and after, escaped text, no scripts or links', () => {
    const svg = renderMetricsChartSvg(metrics);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg.match(/<rect /g)).toHaveLength(8 + 2); // 2 panels × 4 bars, 2 legend swatches
    expect(svg).toContain('MTTA (created → first ack), median before: 4m 00s');
    expect(svg).toContain('MTTR (created → resolved), p90 after: 40m 00s');
    expect(svg).toContain('not conclusive: n &lt; 10 (before 5, after 5)');
    expect(svg).not.toMatch(/<script|href=|url\(/i);
    // Bars are scaled to the largest value in their panel: MTTR p90 before (10800 s) is the full 160 px.
    expect(svg).toContain(
      'height="160.0" fill="#94a3b8"><title>MTTR (created → resolved), p90 before: 3h 00m',
    );
  });

  it('shows "no data" bars when a period is empty, and wraps everything in an HTML page', () => {
    const onlyBefore: IncidentRecord[] = [
      {
        id: 'x',
        service: 'api',
        severity: 'high',
        createdAt: '2026-01-01T00:00:00.000Z',
        acknowledgedAt: null,
        resolvedAt: null,
        reopened: false,
        origin: 'row 1',
      },
    ];
    const empty = computeResponseMetrics(onlyBefore, { since: '2026-03-01' });
    expect(renderMetricsChartSvg(empty)).toContain('>no data<');
    const html = renderMetricsHtml(metrics, { title: 'Payments <team>' });
    expect(html).toContain('<title>Payments &lt;team&gt;</title>');
    expect(html).toContain('<svg xmlns=');
    expect(html).toContain('MTTA n (unacked)');
    expect(html).not.toMatch(/<script|<link|src=/i);
  });
});
