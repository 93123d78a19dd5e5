import type { MannWhitneyResult } from './statistics/mann-whitney-u-test.js';
import type { DurationSummary } from './statistics/summarize-durations.js';

/** MTTA and MTTR of the incidents of one period (before or after the adoption date). */
export interface PeriodMetrics {
  /** Incidents created in the period. */
  readonly incidents: number;
  /** Created → first acknowledgement, over acknowledged incidents. */
  readonly mtta: DurationSummary;
  /** Created → resolved, over resolved incidents. */
  readonly mttr: DurationSummary;
  /** Never acknowledged (or the export does not say): left out of MTTA. */
  readonly unacknowledged: number;
  /** Still open: left out of MTTR. */
  readonly unresolved: number;
  /** Merged from several rows (see `mergeReopenedIncidents`). */
  readonly reopened: number;
}

/** Before vs after for one metric. */
export interface MetricComparison {
  /** (after − before) / before × 100; negative is faster; `null` without data on both sides or a zero baseline. */
  readonly medianChangePercent: number | null;
  readonly p90ChangePercent: number | null;
  readonly meanChangePercent: number | null;
  /** Mann–Whitney U test of the before and after durations; `null` when a side has no data. */
  readonly test: MannWhitneyResult | null;
  /** True only when both samples reach the minimum size and the test is significant. */
  readonly conclusive: boolean;
  /** For humans, e.g. `not conclusive: n < 10 (before 4, after 6)`. */
  readonly note: string;
}

/** Before, after and the comparison, for all incidents or one group. */
export interface GroupMetrics {
  readonly before: PeriodMetrics;
  readonly after: PeriodMetrics;
  readonly mtta: MetricComparison;
  readonly mttr: MetricComparison;
}

/** What `computeResponseMetrics` returns. */
export interface ResponseMetrics {
  /** The adoption date: incidents created before it are "before" (UTC, ISO 8601). */
  readonly since: string;
  /** Incidents created at or after this were left out; `null` for no end. */
  readonly until: string | null;
  /** Incidents created before this were left out; `null` for no start. */
  readonly baselineStart: string | null;
  readonly minimumSampleSize: number;
  readonly significanceLevel: number;
  readonly overall: GroupMetrics;
  /** Keyed by service name, sorted by name. */
  readonly byService: Readonly<Record<string, GroupMetrics>>;
  /** Keyed by severity / priority / urgency, sorted by name. */
  readonly bySeverity: Readonly<Record<string, GroupMetrics>>;
  /** Incidents outside `baselineStart` … `until`. */
  readonly excluded: number;
}
