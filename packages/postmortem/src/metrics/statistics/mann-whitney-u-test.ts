/** The outcome of {@link mannWhitneyUTest}. */
export interface MannWhitneyResult {
  /** U of the second sample: how many (first, second) pairs have the second value larger (ties count ½). */
  readonly u: number;
  /** Two-sided p-value of "both samples come from the same distribution". */
  readonly pValue: number;
  /** `exact` (permutation distribution, no ties, both samples ≤ 25) or `normal` (tie-corrected, continuity-corrected). */
  readonly method: 'exact' | 'normal';
}

const EXACT_LIMIT = 25;

// Number of arrangements of m values of one sample and n of the other with U = u, for u = 0 … m·n.
function exactCounts(m: number, n: number): number[] {
  // counts[i][j][u] built up one value at a time; kept as a rolling table over j.
  let previous: number[][] = Array.from({ length: n + 1 }, () => [1]);
  for (let i = 1; i <= m; i += 1) {
    const current: number[][] = [[1]];
    for (let j = 1; j <= n; j += 1) {
      const size = i * j + 1;
      const row = new Array<number>(size).fill(0);
      const withoutFirst = previous[j] ?? [];
      const withoutSecond = current[j - 1] ?? [];
      for (let u = 0; u < size; u += 1) {
        // The largest of the i + j values is either one of the first sample (it adds no pair to U) or one of
        // the second (it is larger than all i values of the first: U grows by i).
        row[u] = (withoutFirst[u] ?? 0) + (u - i >= 0 ? (withoutSecond[u - i] ?? 0) : 0);
      }
      current.push(row);
    }
    previous = current;
  }
  return previous[n] ?? [1];
}

// Standard normal upper tail, via the complementary error function (Numerical Recipes erfc, |error| < 1.2e-7).
function normalUpperTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  const upper = erfc / 2;
  return z >= 0 ? upper : 1 - upper;
}

/**
 * Mann–Whitney U test (Wilcoxon rank-sum) of two independent samples, two-sided. Makes no assumption
 * about the shape of the distributions, which suits skewed response times. Exact when there are no ties
 * and both samples have at most 25 values; otherwise the normal approximation with tie and continuity
 * corrections. Returns `null` when a sample is empty.
 */
export function mannWhitneyUTest(
  first: readonly number[],
  second: readonly number[],
): MannWhitneyResult | null {
  const m = first.length;
  const n = second.length;
  if (m === 0 || n === 0) return null;
  // U of the second sample from its rank sum (average ranks for ties): U = R₂ − n(n+1)/2, which equals the
  // count of pairs where the second value is larger, ties counting ½, in O(N log N) instead of O(m·n).
  const all = [
    ...first.map((value) => ({ value, second: false })),
    ...second.map((value) => ({ value, second: true })),
  ].sort((left, right) => left.value - right.value);
  const tieGroups: number[] = [];
  let secondRankSum = 0;
  for (let index = 0; index < all.length; ) {
    let end = index;
    while (end + 1 < all.length && all[end + 1]?.value === all[index]?.value) end += 1;
    const averageRank = (index + end) / 2 + 1;
    for (let member = index; member <= end; member += 1)
      if (all[member]?.second) secondRankSum += averageRank;
    if (end > index) tieGroups.push(end - index + 1);
    index = end + 1;
  }
  const u = secondRankSum - (n * (n + 1)) / 2;
  if (tieGroups.length === 0 && m <= EXACT_LIMIT && n <= EXACT_LIMIT) {
    const counts = exactCounts(m, n);
    const total = counts.reduce((sum, count) => sum + count, 0);
    const lower = counts.slice(0, u + 1).reduce((sum, count) => sum + count, 0) / total;
    const upper = counts.slice(u).reduce((sum, count) => sum + count, 0) / total;
    return { u, pValue: Math.min(1, 2 * Math.min(lower, upper)), method: 'exact' };
  }
  const size = m + n;
  const tieTerm = tieGroups.reduce((sum, t) => sum + (t ** 3 - t), 0) / (size * (size - 1));
  const variance = ((m * n) / 12) * (size + 1 - tieTerm);
  if (variance <= 0) return { u, pValue: 1, method: 'normal' };
  const z = Math.max(0, Math.abs(u - (m * n) / 2) - 0.5) / Math.sqrt(variance);
  return { u, pValue: Math.min(1, 2 * normalUpperTail(z)), method: 'normal' };
}
