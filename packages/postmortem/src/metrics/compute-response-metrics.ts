import { InvalidInputError } from '@triagekit/core';
import type { IncidentRecord } from './incident-record.js';
import { parseExportTimestamp } from './parse/parse-export-timestamp.js';
import type { GroupMetrics, MetricComparison, PeriodMetrics, ResponseMetrics } from './response-metrics.js';
import { mannWhitneyUTest } from './statistics/mann-whitney-u-test.js';
import { type DurationSummary, summarizeDurations } from './statistics/summarize-durations.js';

/** Options of {@link computeResponseMetrics}. */
export interface ComputeResponseMetricsOptions {
  /** The adoption date (e.g. when triagekit went live): ISO 8601, a date (`2026-03-01`, midnight), or a `Date`. */
  readonly since: string | Date;
  /** Leave out incidents created at or after this. Default: none left out. */
  readonly until?: string | Date;
  /** Leave out incidents created before this. Default: none left out. */
  readonly baselineStart?: string | Date;
  /** IANA zone for `since` / `until` / `baselineStart` without an offset. Default UTC for bare dates. */
  readonly timeZone?: string;
  /** Below this many durations on either side a comparison is "not conclusive". Default 10. */
  readonly minimumSampleSize?: number;
  /** p-value below which a difference counts as significant. Default 0.05. */
  readonly significanceLevel?: number;
}

function instant(value: string | Date | undefined, option: string, timeZone?: string): string | null {
  if (value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      throw new InvalidInputError({ source: 'options', issues: [{ path: option, message: 'invalid Date' }] });
    return value.toISOString();
  }
  const parsed = parseExportTimestamp(value, timeZone);
  if (!parsed.ok)
    throw new InvalidInputError({ source: 'options', issues: [{ path: option, message: parsed.message }] });
  return parsed.iso;
}

function seconds(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 1000;
}

function period(
  incidents: readonly IncidentRecord[],
): PeriodMetrics & { mttaSamples: number[]; mttrSamples: number[] } {
  const mttaSamples = incidents.flatMap((incident) =>
    incident.acknowledgedAt ? [seconds(incident.createdAt, incident.acknowledgedAt)] : [],
  );
  const mttrSamples = incidents.flatMap((incident) =>
    incident.resolvedAt ? [seconds(incident.createdAt, incident.resolvedAt)] : [],
  );
  return {
    incidents: incidents.length,
    mtta: summarizeDurations(mttaSamples),
    mttr: summarizeDurations(mttrSamples),
    unacknowledged: incidents.length - mttaSamples.length,
    unresolved: incidents.length - mttrSamples.length,
    reopened: incidents.filter((incident) => incident.reopened).length,
    mttaSamples,
    mttrSamples,
  };
}

function percentChange(before: number | null, after: number | null): number | null {
  if (before === null || after === null || before === 0) return null;
  return ((after - before) / before) * 100;
}

function compare(
  before: { summary: DurationSummary; samples: number[] },
  after: { summary: DurationSummary; samples: number[] },
  minimum: number,
  alpha: number,
): MetricComparison {
  const test = mannWhitneyUTest(before.samples, after.samples);
  const counts = `before ${before.samples.length}, after ${after.samples.length}`;
  let note: string;
  let conclusive = false;
  if (before.samples.length === 0 || after.samples.length === 0)
    note = `no comparison: no data ${before.samples.length === 0 ? 'before' : 'after'} the adoption date`;
  else if (before.samples.length < minimum || after.samples.length < minimum)
    note = `not conclusive: n < ${minimum} (${counts})`;
  else if (test && test.pValue < alpha) {
    conclusive = true;
    note = `significant: Mann–Whitney U p = ${test.pValue.toFixed(3)} < ${alpha} (${counts})`;
  } else note = `not significant: Mann–Whitney U p = ${test?.pValue.toFixed(3)} ≥ ${alpha} (${counts})`;
  return {
    medianChangePercent: percentChange(before.summary.medianSeconds, after.summary.medianSeconds),
    p90ChangePercent: percentChange(before.summary.p90Seconds, after.summary.p90Seconds),
    meanChangePercent: percentChange(before.summary.meanSeconds, after.summary.meanSeconds),
    test,
    conclusive,
    note,
  };
}

function group(
  incidents: readonly IncidentRecord[],
  since: string,
  minimum: number,
  alpha: number,
): GroupMetrics {
  const cut = Date.parse(since);
  const {
    mttaSamples: beforeMtta,
    mttrSamples: beforeMttr,
    ...before
  } = period(incidents.filter((incident) => Date.parse(incident.createdAt) < cut));
  const {
    mttaSamples: afterMtta,
    mttrSamples: afterMttr,
    ...after
  } = period(incidents.filter((incident) => Date.parse(incident.createdAt) >= cut));
  return {
    before,
    after,
    mtta: compare(
      { summary: before.mtta, samples: beforeMtta },
      { summary: after.mtta, samples: afterMtta },
      minimum,
      alpha,
    ),
    mttr: compare(
      { summary: before.mttr, samples: beforeMttr },
      { summary: after.mttr, samples: afterMttr },
      minimum,
      alpha,
    ),
  };
}

function groupBy(
  incidents: readonly IncidentRecord[],
  key: (incident: IncidentRecord) => string,
  compute: (members: IncidentRecord[]) => GroupMetrics,
): Record<string, GroupMetrics> {
  const members = new Map<string, IncidentRecord[]>();
  for (const incident of incidents) {
    const list = members.get(key(incident));
    if (list) list.push(incident);
    else members.set(key(incident), [incident]);
  }
  return Object.fromEntries(
    [...members]
      .sort(([left], [right]) => (left < right ? -1 : 1))
      .map(([name, list]) => [name, compute(list)]),
  );
}

/**
 * MTTA and MTTR before vs after an adoption date, overall, per service and per severity. MTTA is created →
 * first acknowledgement over acknowledged incidents; MTTR is created → final resolution over resolved
 * incidents; unacknowledged and unresolved incidents are counted, not measured. Each metric reports the
 * count, median, nearest-rank p90 and mean, the change in percent, a Mann–Whitney U test and a note on
 * sample size ("not conclusive: n < 10" below `minimumSampleSize`).
 * @throws InvalidInputError for an unparseable `since`, `until` or `baselineStart`.
 */
export function computeResponseMetrics(
  incidents: readonly IncidentRecord[],
  options: ComputeResponseMetricsOptions,
): ResponseMetrics {
  const since = instant(options.since, 'since', options.timeZone) as string;
  const until = instant(options.until, 'until', options.timeZone);
  const baselineStart = instant(options.baselineStart, 'baselineStart', options.timeZone);
  const minimum = options.minimumSampleSize ?? 10;
  const alpha = options.significanceLevel ?? 0.05;
  const inRange = incidents.filter(
    (incident) =>
      (until === null || Date.parse(incident.createdAt) < Date.parse(until)) &&
      (baselineStart === null || Date.parse(incident.createdAt) >= Date.parse(baselineStart)),
  );
  const compute = (members: readonly IncidentRecord[]) => group(members, since, minimum, alpha);
  return {
    since,
    until,
    baselineStart,
    minimumSampleSize: minimum,
    significanceLevel: alpha,
    overall: compute(inRange),
    byService: groupBy(inRange, (incident) => incident.service, compute),
    bySeverity: groupBy(inRange, (incident) => incident.severity, compute),
    excluded: incidents.length - inRange.length,
  };
}
