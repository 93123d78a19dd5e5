import { describe, expect, it } from 'vitest';
import { findBaselineCrossing } from './baseline-crossing.js';

const series = (values: number[]) => values.map((value, index) => ({ time: 1000 + index * 15, value }));

describe('findBaselineCrossing', () => {
  it('dates the first sustained excursion above a noisy baseline', () => {
    const crossing = findBaselineCrossing(series([10, 11, 9, 10, 12, 10, 11, 10, 40, 45, 50, 48]));
    expect(crossing).toMatchObject({ time: 1000 + 8 * 15, baseline: 10, peak: 50, peakTime: 1000 + 10 * 15 });
  });

  it('ignores a single spike and a series that stays within its noise', () => {
    expect(findBaselineCrossing(series([10, 11, 9, 10, 12, 10, 60, 10, 11, 10]))).toBeUndefined();
    expect(findBaselineCrossing(series([10, 11, 9, 10, 12, 10, 11, 12, 10, 11]))).toBeUndefined();
  });

  it('watches for drops when direction is down', () => {
    const crossing = findBaselineCrossing(series([100, 98, 101, 99, 100, 100, 20, 10, 12]), {
      direction: 'down',
    });
    expect(crossing?.time).toBe(1000 + 6 * 15);
    expect(crossing?.peak).toBe(10);
  });

  it('uses a fixed threshold when given, and skips NaN samples', () => {
    const crossing = findBaselineCrossing(series([0.01, Number.NaN, 0.02, 0.1, 0.25, 0.3, 0.6]), {
      threshold: 0.2,
    });
    expect(crossing?.time).toBe(1000 + 4 * 15);
    expect(crossing?.threshold).toBe(0.2);
  });

  it('needs at least four finite samples', () => {
    expect(findBaselineCrossing(series([1, 100, 100]))).toBeUndefined();
  });
});
