import { describe, expect, it } from 'vitest';
import { FormCache } from './form-cache.js';

describe('FormCache', () => {
  it('finds values by both hash lanes, exactly', () => {
    const cache = new FormCache<string>(1024);
    cache.set(1, 2, 'a');
    cache.set(1, 3, 'b');
    cache.set(-7, 2, 'c');
    expect(cache.get(1, 2)).toBe('a');
    expect(cache.get(1, 3)).toBe('b');
    expect(cache.get(-7, 2)).toBe('c');
    expect(cache.get(2, 1)).toBeUndefined();
  });

  it('stays bounded and keeps forms in steady use', () => {
    const cache = new FormCache<number>(1024);
    for (let index = 0; index < 10_000; index++) {
      cache.set(index, index * 31, index);
      // Form 0 is looked up all along, so it is carried into each new generation.
      expect(cache.get(0, 0)).toBe(0);
    }
    expect(cache.size).toBeLessThanOrEqual(1024);
    expect(cache.get(9_999, 9_999 * 31)).toBe(9_999);
    expect(cache.get(5, 5 * 31)).toBeUndefined();
  });
});
