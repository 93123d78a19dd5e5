import { formatDuration } from '../../draft/format-time.js';
import type { GroupMetrics, MetricComparison, ResponseMetrics } from '../response-metrics.js';
import type { DurationSummary } from '../statistics/summarize-durations.js';

/** A duration in seconds for tables and charts; `–` when there is none. */
export function formatSeconds(value: number | null): string {
  return value === null ? '–' : formatDuration(value * 1000);
}

/** A percent change with its sign, e.g. `-51.9 %`; `–` when there is none. */
export function formatPercent(value: number | null): string {
  if (value === null) return '–';
  return `${value > 0 ? '+' : ''}${value.toFixed(1)} %`;
}

function row(label: string, before: string, after: string, change = ''): string {
  return `  ${label.padEnd(18)}${before.padEnd(16)}${after.padEnd(16)}${change}`.trimEnd();
}

function metricRows(
  name: string,
  before: DurationSummary,
  after: DurationSummary,
  comparison: MetricComparison,
): string[] {
  return [
    row(
      `${name} median`,
      formatSeconds(before.medianSeconds),
      formatSeconds(after.medianSeconds),
      formatPercent(comparison.medianChangePercent),
    ),
    row(
      `${name} p90`,
      formatSeconds(before.p90Seconds),
      formatSeconds(after.p90Seconds),
      formatPercent(comparison.p90ChangePercent),
    ),
    row(
      `${name} mean`,
      formatSeconds(before.meanSeconds),
      formatSeconds(after.meanSeconds),
      formatPercent(comparison.meanChangePercent),
    ),
  ];
}

function groupTable(title: string, metrics: GroupMetrics): string[] {
  const { before, after } = metrics;
  return [
    row(title, 'before', 'after', 'change'),
    row('incidents', String(before.incidents), String(after.incidents)),
    ...metricRows('MTTA', before.mtta, after.mtta, metrics.mtta),
    row(
      'MTTA n (unacked)',
      `${before.mtta.count} (${before.unacknowledged})`,
      `${after.mtta.count} (${after.unacknowledged})`,
    ),
    ...metricRows('MTTR', before.mttr, after.mttr, metrics.mttr),
    row(
      'MTTR n (open)',
      `${before.mttr.count} (${before.unresolved})`,
      `${after.mttr.count} (${after.unresolved})`,
    ),
    `  MTTA: ${metrics.mtta.note}`,
    `  MTTR: ${metrics.mttr.note}`,
  ];
}

function compactRow(name: string, metrics: GroupMetrics): string {
  const part = (label: string, before: number | null, after: number | null, change: number | null) =>
    `${label} ${formatSeconds(before)} → ${formatSeconds(after)} (${formatPercent(change)})`;
  return [
    `  ${name.padEnd(24)}`,
    part(
      'MTTA median',
      metrics.before.mtta.medianSeconds,
      metrics.after.mtta.medianSeconds,
      metrics.mtta.medianChangePercent,
    ),
    `  ${part('MTTR median', metrics.before.mttr.medianSeconds, metrics.after.mttr.medianSeconds, metrics.mttr.medianChangePercent)}`,
    `  n ${metrics.before.incidents}/${metrics.after.incidents}${metrics.mttr.conclusive || metrics.mtta.conclusive ? '' : ' · not conclusive'}`,
  ].join('');
}

/**
 * The metrics as a plain-text table for terminals: the overall before/after table (median, p90 and mean of
 * MTTA and MTTR, counts, change in percent, the sample-size note), then one line per service and severity.
 */
export function formatMetricsTable(metrics: ResponseMetrics): string {
  const range = [
    metrics.baselineStart ? `from ${metrics.baselineStart}` : '',
    metrics.until ? `until ${metrics.until}` : '',
  ].filter(Boolean);
  const lines = [
    `Response metrics: before vs after ${metrics.since}${range.length > 0 ? ` (${range.join(', ')})` : ''}`,
    'MTTA = created → first acknowledgement; MTTR = created → resolved; p90 by nearest rank.',
    '',
    ...groupTable('Overall', metrics.overall),
    '',
    'By service (before/after):',
    ...Object.entries(metrics.byService).map(([name, group]) => compactRow(name, group)),
    '',
    'By severity (before/after):',
    ...Object.entries(metrics.bySeverity).map(([name, group]) => compactRow(name, group)),
  ];
  if (metrics.excluded > 0)
    lines.push('', `${metrics.excluded} incident(s) outside the date range were left out.`);
  return `${lines.join('\n')}\n`;
}
