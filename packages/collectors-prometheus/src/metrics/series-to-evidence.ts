import type { EvidenceInput } from '@triagekit/core';
import type { BaselineCrossing } from './baseline-crossing.js';
import type { RangeSeries } from './parse-range-response.js';

const SERVICE_LABELS = ['service', 'app', 'app_kubernetes_io_name', 'job', 'container'] as const;

function formatValue(value: number, unit: string | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  if (unit === 'ratio') return `${(value * 100).toPrecision(3)} %`;
  const rounded = Math.abs(value) >= 100 ? value.toFixed(0) : value.toPrecision(3);
  return unit === undefined ? rounded : `${rounded} ${unit}`;
}

function describeLabels(labels: Readonly<Record<string, string>>): string {
  const shown = Object.entries(labels)
    .filter(([name]) => name !== '__name__')
    .slice(0, 6)
    .map(([name, value]) => `${name}="${value}"`);
  return shown.length === 0 ? '' : `{${shown.join(', ')}}`;
}

/** Picks the service of a series: explicit, else the first conventional label present. */
export function serviceOfSeries(
  labels: Readonly<Record<string, string>>,
  explicit: string | undefined,
): string | null {
  if (explicit !== undefined) return explicit;
  for (const name of SERVICE_LABELS) {
    const value = labels[name];
    if (value !== undefined && value !== '') return value;
  }
  return null;
}

/** A `metric` evidence item for a series that crossed its baseline, dated at the crossing. */
export function crossingToEvidence(options: {
  readonly queryName: string;
  readonly query: string;
  readonly series: RangeSeries;
  readonly crossing: BaselineCrossing;
  readonly service: string | null;
  readonly unit?: string;
  readonly graphUrl?: string;
  /** True when the threshold came from the alert rule rather than from the baseline. */
  readonly fixedThreshold?: boolean;
}): EvidenceInput {
  const { crossing, series } = options;
  const verb = crossing.direction === 'up' ? 'rose above' : 'fell below';
  const text =
    `${options.queryName}${describeLabels(series.labels)} ${verb} ` +
    (options.fixedThreshold
      ? `the alert threshold ${formatValue(crossing.threshold, options.unit)} (baseline ${formatValue(crossing.baseline, options.unit)})`
      : `its baseline ${formatValue(crossing.baseline, options.unit)}`) +
    ` at ${new Date(crossing.time * 1000).toISOString()}; ` +
    `peak ${formatValue(crossing.peak, options.unit)} at ${new Date(crossing.peakTime * 1000).toISOString()}`;
  const ratio = crossing.baseline === 0 ? Number.POSITIVE_INFINITY : crossing.peak / crossing.baseline;
  return {
    kind: 'metric',
    time: new Date(crossing.time * 1000),
    service: options.service,
    severity: crossing.direction === 'up' && ratio >= 5 ? 'error' : 'warning',
    text,
    attributes: {
      'prometheus.query': options.query.slice(0, 2000),
      'prometheus.queryName': options.queryName,
      'prometheus.labels': JSON.stringify(series.labels).slice(0, 1000),
      'metric.baseline': crossing.baseline,
      'metric.threshold': crossing.threshold,
      'metric.peak': Number.isFinite(crossing.peak) ? crossing.peak : null,
      'metric.direction': crossing.direction,
    },
    links: options.graphUrl === undefined ? [] : [{ label: 'Prometheus graph', url: options.graphUrl }],
  };
}
