import { describe, expect, it } from 'vitest';
import { fuseScores } from './fuse-scores.js';

describe('fuseScores', () => {
  it('adds the min-max normalised vector similarity, weighted, to the lexical score', () => {
    const fused = fuseScores(
      [
        { documentIndex: 0, lexical: 1, vector: 0.5 },
        { documentIndex: 1, lexical: 0.4, vector: 0.9 },
        { documentIndex: 2, vector: 0.7 },
      ],
      0.5,
    );
    expect(fused[0]).toBeCloseTo(1, 10);
    expect(fused[1]).toBeCloseTo(0.9, 10);
    expect(fused[2]).toBeCloseTo(0.25, 10);
  });

  it('keeps the lexical score alone without vectors or with weight 0', () => {
    expect(fuseScores([{ documentIndex: 0, lexical: 0.7 }], 0.5)).toEqual([0.7]);
    expect(
      fuseScores(
        [
          { documentIndex: 0, lexical: 0.7, vector: 0.9 },
          { documentIndex: 1, lexical: 0.2, vector: 0.1 },
        ],
        0,
      ),
    ).toEqual([0.7, 0.2]);
  });
});
