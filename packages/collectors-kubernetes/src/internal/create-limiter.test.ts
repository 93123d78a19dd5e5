import { describe, expect, it } from 'vitest';
import { createLimiter } from './create-limiter.js';

describe('createLimiter', () => {
  it('runs at most `concurrency` tasks at once, in submission order, and frees slots on failure', async () => {
    const limit = createLimiter(2);
    const started: number[] = [];
    const finishers: (() => void)[] = [];
    let running = 0;
    let peak = 0;
    const task = (index: number) =>
      limit(async () => {
        started.push(index);
        running += 1;
        peak = Math.max(peak, running);
        await new Promise<void>((resolve) => finishers.push(resolve));
        running -= 1;
        if (index === 0) throw new Error('first fails');
        return index;
      });
    const results = [0, 1, 2, 3].map((index) => task(index).catch((error: Error) => error.message));
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1]);
    while (finishers.length > 0 || started.length < 4) {
      finishers.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await Promise.all(results)).toEqual(['first fails', 1, 2, 3]);
    expect(started).toEqual([0, 1, 2, 3]);
    expect(peak).toBe(2);
  });
});
