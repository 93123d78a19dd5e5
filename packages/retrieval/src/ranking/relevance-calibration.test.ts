import { describe, expect, it } from 'vitest';
import { DEFAULT_RELEVANCE_CALIBRATION, lexicalRelevance, vectorRelevance } from './relevance-calibration.js';

describe('lexicalRelevance', () => {
  it('is 0.5 at the calibration centre and rises with every signal', () => {
    const center = DEFAULT_RELEVANCE_CALIBRATION.center;
    expect(
      lexicalRelevance({ titleCoverage: center, queryCoverage: center, phraseCoverage: center }),
    ).toBeCloseTo(0.5, 10);
    const base = { titleCoverage: 0.4, queryCoverage: 0.4, phraseCoverage: 0.4 };
    const baseRelevance = lexicalRelevance(base);
    for (const key of ['titleCoverage', 'queryCoverage', 'phraseCoverage'] as const) {
      expect(lexicalRelevance({ ...base, [key]: 0.9 })).toBeGreaterThan(baseRelevance);
    }
  });

  it('stays within [0, 1], clamping out-of-range and non-finite signals', () => {
    const low = lexicalRelevance({ titleCoverage: -5, queryCoverage: Number.NaN, phraseCoverage: 0 });
    const high = lexicalRelevance({ titleCoverage: 7, queryCoverage: 1, phraseCoverage: 1 });
    expect(low).toBeGreaterThanOrEqual(0);
    expect(low).toBeLessThan(0.05);
    expect(high).toBeLessThanOrEqual(1);
    expect(high).toBeGreaterThan(0.95);
  });

  it('averages two signals when the query has no phrase', () => {
    expect(lexicalRelevance({ titleCoverage: 1, queryCoverage: 0, phraseCoverage: undefined })).toBeCloseTo(
      lexicalRelevance({ titleCoverage: 0.5, queryCoverage: 0.5, phraseCoverage: 0.5 }),
      10,
    );
  });

  it('follows a custom calibration', () => {
    const signals = { titleCoverage: 0.3, queryCoverage: 0.3, phraseCoverage: 0.3 };
    expect(lexicalRelevance(signals, { center: 0.3, steepness: 10 })).toBeCloseTo(0.5, 10);
  });
});

describe('vectorRelevance', () => {
  it('maps [floor, ceiling] linearly onto [0, 1] and clamps outside', () => {
    const range = { floor: 0.3, ceiling: 0.8 };
    expect(vectorRelevance(0.2, range)).toBe(0);
    expect(vectorRelevance(0.55, range)).toBeCloseTo(0.5, 10);
    expect(vectorRelevance(0.95, range)).toBe(1);
  });
});
