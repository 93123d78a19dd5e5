import { describe, expect, it } from 'vitest';
import { mapSettled } from './map-settled.js';

describe('mapSettled', () => {
  it('returns results in input order and never runs more than the concurrency at once', async () => {
    let running = 0;
    let peak = 0;
    const results = await mapSettled([5, 1, 4, 2, 3], 2, async (value) => {
      running += 1;
      peak = Math.max(peak, running);
      // Later items finish first: order must still follow the input.
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
      return value * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(peak).toBe(2);
  });

  it('rejects with the first failure only after running calls settled, and starts nothing new', async () => {
    const settled: number[] = [];
    const started: number[] = [];
    const failure = new Error('first');
    const outcome = mapSettled([0, 1, 2, 3], 2, async (value) => {
      started.push(value);
      if (value === 0) throw failure;
      await new Promise((resolve) => setImmediate(resolve));
      settled.push(value);
      return value;
    });
    await expect(outcome).rejects.toBe(failure);
    expect(started).toEqual([0, 1]);
    expect(settled).toEqual([1]);
  });
});
