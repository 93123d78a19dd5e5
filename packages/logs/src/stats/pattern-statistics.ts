import type { Severity } from '@triagekit/core';

/** What is known about one mined pattern after a pass over the logs. */
export interface PatternStatistics {
  /** Stable id derived from the template (`pat_` + hash). */
  readonly patternId: string;
  /** The template, variables as `<*>`. */
  readonly template: string;
  /** Records that matched it. */
  readonly count: number;
  /** First and last record time (ms since epoch, UTC), or null when no record had a time. */
  readonly firstSeen: number | null;
  readonly lastSeen: number | null;
  /** Records per level; records without a level count under `unknown`. */
  readonly levels: Readonly<Partial<Record<Severity, number>>>;
  /** The most severe level seen (`unknown` when none was). */
  readonly severity: Severity;
  /** Services seen, sorted. */
  readonly services: readonly string[];
  /** Records per time bucket, from `bucketStart` on, `bucketMs` wide; empty when no record had a time. */
  readonly buckets: readonly number[];
  /** True when the pattern does not occur in the baseline (before the onset): it is new. */
  readonly novel: boolean;
  /**
   * How much the pattern spikes: its busiest bucket divided by one plus the mean of its other buckets.
   * At most about 1 for steady patterns; large for sudden bursts (50 lines in one bucket of an otherwise
   * quiet window score 50).
   */
  readonly burstScore: number;
  /** 1-based line number and text of the first record that matched, as an example. */
  readonly exampleLine: number;
  readonly exampleText: string;
  /** 1-based line numbers of up to a few records (first, last and some in between). */
  readonly sampleLines: readonly number[];
}
