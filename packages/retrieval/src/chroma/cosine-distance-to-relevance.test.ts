import { describe, expect, it } from 'vitest';
import {
  cosineSimilarityFromDistance,
  relevanceFromCosineSimilarity,
} from './cosine-distance-to-relevance.js';

const relevance = (distance: number): number =>
  relevanceFromCosineSimilarity(cosineSimilarityFromDistance(distance));

describe('cosine distance to score and relevance', () => {
  it('scores with the cosine similarity, 1 - distance', () => {
    expect(cosineSimilarityFromDistance(0)).toBe(1);
    expect(cosineSimilarityFromDistance(1)).toBe(0);
    expect(cosineSimilarityFromDistance(2)).toBe(-1);
    expect(cosineSimilarityFromDistance(0.25)).toBeCloseTo(0.75, 12);
  });

  it('maps identical vectors to 1, orthogonal and opposite ones to 0', () => {
    expect(relevance(0)).toBe(1);
    expect(relevance(1)).toBe(0);
    expect(relevance(1.7)).toBe(0);
    expect(relevance(2)).toBe(0);
  });

  it('stays within [0, 1] under float rounding', () => {
    expect(relevance(-1e-7)).toBe(1);
    expect(relevance(2 + 1e-7)).toBe(0);
  });

  it('never ranks a farther document above a closer one', () => {
    const distances = Array.from({ length: 201 }, (_, index) => index / 100);
    const relevances = distances.map(relevance);
    for (let index = 1; index < relevances.length; index += 1) {
      expect(relevances[index]).toBeLessThanOrEqual(relevances[index - 1] ?? Number.NaN);
    }
  });
});
