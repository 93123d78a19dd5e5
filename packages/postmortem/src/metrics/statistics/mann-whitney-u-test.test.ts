import { describe, expect, it } from 'vitest';
import { mannWhitneyUTest } from './mann-whitney-u-test.js';

describe('mannWhitneyUTest', () => {
  it('is exact for small samples without ties', () => {
    // Fully separated 3 vs 3: U = 0; only 1 of the C(6,3) = 20 arrangements is this extreme on each side,
    // so the two-sided p = 2 · 1/20 = 0.1.
    expect(mannWhitneyUTest([60, 120, 180], [10, 20, 30])).toEqual({ u: 0, pValue: 0.1, method: 'exact' });
    // 2 vs 2, after = [1, 4], before = [2, 3]: pairs (b > a): 4>2, 4>3 → U = 2 = mn/2, the centre: p = 1.
    expect(mannWhitneyUTest([2, 3], [1, 4])).toEqual({ u: 2, pValue: 1, method: 'exact' });
    // 3 vs 2, before [1, 2, 5], after [3, 4]: U = 4 pairs with after larger (3>1, 3>2, 4>1, 4>2).
    // Over the C(5,2) = 10 arrangements, U = 0..6 occurs 1,1,2,2,2,1,1 times:
    // P(U ≥ 4) = 4/10, P(U ≤ 4) = 8/10 → two-sided p = 2 · 0.4 = 0.8.
    expect(mannWhitneyUTest([1, 2, 5], [3, 4])).toEqual({ u: 4, pValue: 0.8, method: 'exact' });
  });

  it('uses the tie-corrected normal approximation with ties', () => {
    // before [1, 2, 2], after [2, 3, 3]: U = pairs with after larger, ties ½:
    // after 2 vs before 1,2,2 → 1 + ½ + ½ = 2; after 3 vs 1,2,2 → 3 each → U = 2 + 3 + 3 = 8.
    // N = 6, ties: {2,2,2} (t=3), {3,3} (t=2): Σ(t³−t) = 24 + 6 = 30; variance = 9/12 · (7 − 30/30) = 4.5.
    // z = (|8 − 4.5| − 0.5) / √4.5 = 3 / 2.1213 = 1.41421; two-sided p = 2 · (1 − Φ(1.41421)) = 0.15730.
    const result = mannWhitneyUTest([1, 2, 2], [2, 3, 3]);
    expect(result?.u).toBe(8);
    expect(result?.method).toBe('normal');
    expect(result?.pValue).toBeCloseTo(0.1573, 4);
  });

  it('needs both samples', () => {
    expect(mannWhitneyUTest([], [1])).toBeNull();
    expect(mannWhitneyUTest([1], [])).toBeNull();
  });
});
