import { describe, expect, it } from 'vitest';
import { fastHash } from './fast-hash.js';

describe('fastHash', () => {
  it('gives 16 hex characters, the same for the same parts', () => {
    expect(fastHash(['a', 'b'])).toMatch(/^[0-9a-f]{16}$/);
    expect(fastHash(['a', 'b'])).toBe(fastHash(['a', 'b']));
  });

  it('separates parts and spreads nearby inputs', () => {
    expect(fastHash(['ab', 'c'])).not.toBe(fastHash(['a', 'bc']));
    const hashes = new Set(Array.from({ length: 100_000 }, (_unused, index) => fastHash([`line ${index}`])));
    expect(hashes.size).toBe(100_000);
  });
});
