import { describe, expect, it } from 'vitest';
import { cutLongLine } from './cut-long-line.js';

describe('cutLongLine', () => {
  it('leaves short lines alone', () => {
    expect(cutLongLine('short', 10)).toBe('short');
  });

  it('cuts by UTF-8 bytes without splitting a character', () => {
    const cut = cutLongLine('é'.repeat(10), 5);
    expect(cut).toBe('éé …[cut 16 bytes]');
    const emoji = cutLongLine('😀😀😀', 6);
    expect(emoji).toBe('😀 …[cut 8 bytes]');
  });
});
