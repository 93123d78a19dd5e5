/** One sample of a range-query series: Unix seconds and value. */
export interface MetricSample {
  readonly time: number;
  readonly value: number;
}

/** When a series left its baseline, and how far. */
export interface BaselineCrossing {
  /** Unix seconds of the first sample of the first sustained excursion. */
  readonly time: number;
  readonly baseline: number;
  /** Value the series had to exceed (or fall below, for `direction: 'down'`). */
  readonly threshold: number;
  /** Most extreme value after the crossing. */
  readonly peak: number;
  readonly peakTime: number;
  readonly direction: 'up' | 'down';
}

/** How a crossing is judged. */
export interface BaselineCrossingOptions {
  /** Share of the earliest samples that form the baseline. Default 0.5. */
  readonly baselineShare?: number;
  /** Robust spreads (1.4826 × MAD) above the baseline median a value must reach. Default 4. */
  readonly spreads?: number;
  /** Also at least this share of the baseline, so flat series need a real move. Default 0.2 (20 %). */
  readonly minimumRelativeChange?: number;
  /** Consecutive samples past the threshold needed to count (filters single spikes). Default 2. */
  readonly sustainedSamples?: number;
  /** `up` (errors, latency, saturation) or `down` (throughput, availability). Default `up`. */
  readonly direction?: 'up' | 'down';
  /** A fixed threshold instead of one learnt from the baseline. */
  readonly threshold?: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Finds the first sustained excursion of a series beyond its own baseline: the median of its earliest
 * samples plus a robust spread (so one noisy point neither sets nor trips the threshold). Returns
 * undefined when the series never leaves its baseline or has too few finite samples (fewer than 4).
 */
export function findBaselineCrossing(
  samples: readonly MetricSample[],
  options: BaselineCrossingOptions = {},
): BaselineCrossing | undefined {
  const finite = samples.filter((sample) => Number.isFinite(sample.value));
  if (finite.length < 4) return undefined;
  const direction = options.direction ?? 'up';
  const sign = direction === 'up' ? 1 : -1;
  const baselineCount = Math.max(2, Math.floor(finite.length * (options.baselineShare ?? 0.5)));
  const baselineValues = finite.slice(0, baselineCount).map((sample) => sample.value);
  const baseline = median(baselineValues);
  const spread = 1.4826 * median(baselineValues.map((value) => Math.abs(value - baseline)));
  const margin = Math.max(
    (options.spreads ?? 4) * spread,
    (options.minimumRelativeChange ?? 0.2) * Math.abs(baseline),
    Number.EPSILON,
  );
  const threshold = options.threshold ?? baseline + sign * margin;
  const beyond = (value: number) => sign * (value - threshold) > 0;
  const sustained = Math.max(1, options.sustainedSamples ?? 2);
  for (let index = 0; index + sustained <= finite.length; index += 1) {
    if (!finite.slice(index, index + sustained).every((sample) => beyond(sample.value))) continue;
    const after = finite.slice(index);
    const peakSample = after.reduce((best, sample) =>
      sign * sample.value > sign * best.value ? sample : best,
    );
    const first = finite[index] as MetricSample;
    return {
      time: first.time,
      baseline,
      threshold,
      peak: peakSample.value,
      peakTime: peakSample.time,
      direction,
    };
  }
  return undefined;
}
