/** Median, 90th percentile and mean of a set of durations, in seconds; `null` when there are none. */
export interface DurationSummary {
  readonly count: number;
  readonly medianSeconds: number | null;
  readonly p90Seconds: number | null;
  readonly meanSeconds: number | null;
}

/**
 * The p-th percentile by the nearest-rank method: the smallest value with at least p % of the values at or
 * below it, i.e. the value at 1-based rank ⌈p/100 · n⌉ of the sorted values. Always a value that occurred.
 */
export function nearestRankPercentile(sorted: readonly number[], percentile: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((percentile / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

/** The middle value, or the mean of the two middle values for an even count. */
export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/** Count, median, nearest-rank p90 and mean of `seconds` (any order). */
export function summarizeDurations(seconds: readonly number[]): DurationSummary {
  const sorted = [...seconds].sort((left, right) => left - right);
  return {
    count: sorted.length,
    medianSeconds: median(sorted),
    p90Seconds: nearestRankPercentile(sorted, 90),
    meanSeconds:
      sorted.length === 0 ? null : sorted.reduce((total, value) => total + value, 0) / sorted.length,
  };
}
