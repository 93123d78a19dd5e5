import { describe, expect, it } from 'vitest';
import { selectTop } from './select-top.js';

describe('selectTop', () => {
  const scores = [5, 1, 9, 3, 9, 7, 0, 2];
  const score = (item: number) => scores[item] as number;
  const byIndex = (left: number, right: number) => left - right;

  it('returns the best items, best first, ties in tie-break order', () => {
    expect(selectTop([0, 1, 2, 3, 4, 5, 6, 7], score, 3, byIndex)).toEqual([2, 4, 5]);
    expect(selectTop([0, 1, 2, 3, 4, 5, 6, 7], score, 1, byIndex)).toEqual([2]);
  });

  it('sorts everything when asked for at least as many as there are, and nothing for 0', () => {
    expect(selectTop([3, 0, 6], score, 10, byIndex)).toEqual([0, 3, 6]);
    expect(selectTop([3, 0, 6], score, 0, byIndex)).toEqual([]);
  });

  it('agrees with a full sort on many random scores', () => {
    let state = 42;
    const random = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const many = Array.from({ length: 2000 }, () => Math.floor(random() * 300));
    const items = many.map((_, index) => index);
    const byScore = (item: number) => many[item] as number;
    const sorted = [...items].sort((left, right) => byScore(right) - byScore(left) || left - right);
    expect(selectTop(items, byScore, 25, byIndex)).toEqual(sorted.slice(0, 25));
  });
});
