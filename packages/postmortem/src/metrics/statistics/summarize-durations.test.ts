import { describe, expect, it } from 'vitest';
import { nearestRankPercentile, summarizeDurations } from './summarize-durations.js';

describe('summarizeDurations', () => {
  it('computes the median, nearest-rank p90 and mean', () => {
    // Sorted: 10 20 30 40 50 60 70 80 90 100 110. n = 11: median = 6th = 60;
    // p90 rank = ⌈0.9 · 11⌉ = ⌈9.9⌉ = 10 → 100; mean = 660 / 11 = 60.
    expect(summarizeDurations([110, 10, 30, 20, 50, 40, 70, 60, 90, 80, 100])).toEqual({
      count: 11,
      medianSeconds: 60,
      p90Seconds: 100,
      meanSeconds: 60,
    });
    // n = 4: median = (20 + 30) / 2 = 25; p90 rank = ⌈3.6⌉ = 4 → 40; mean = 25.
    expect(summarizeDurations([40, 10, 30, 20])).toEqual({
      count: 4,
      medianSeconds: 25,
      p90Seconds: 40,
      meanSeconds: 25,
    });
  });

  it('returns nulls for no data and the value itself for one', () => {
    expect(summarizeDurations([])).toEqual({
      count: 0,
      medianSeconds: null,
      p90Seconds: null,
      meanSeconds: null,
    });
    expect(summarizeDurations([7])).toEqual({ count: 1, medianSeconds: 7, p90Seconds: 7, meanSeconds: 7 });
    // p10 of 1..10 by nearest rank: rank ⌈1⌉ = 1 → 1.
    expect(nearestRankPercentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 10)).toBe(1);
  });
});
