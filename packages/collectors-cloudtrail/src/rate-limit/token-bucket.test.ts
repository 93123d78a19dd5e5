import { describe, expect, it } from 'vitest';
import { ManualClock } from '../__fixtures__/manual-clock.js';
import { TokenBucket } from './token-bucket.js';

const signal = new AbortController().signal;

describe('TokenBucket', () => {
  it('lets the first request through and spaces the next ones by 1 / rate', async () => {
    const clock = new ManualClock();
    const bucket = new TokenBucket({ ratePerSecond: 2, capacity: 1, clock });
    for (let request = 0; request < 5; request += 1) await bucket.take(signal);
    expect(clock.sleeps).toEqual([500, 500, 500, 500]);
  });

  it('refills while idle, up to its capacity only', async () => {
    const clock = new ManualClock();
    const bucket = new TokenBucket({ ratePerSecond: 2, capacity: 3, clock });
    for (let request = 0; request < 3; request += 1) await bucket.take(signal);
    clock.time += 60_000;
    for (let request = 0; request < 4; request += 1) await bucket.take(signal);
    expect(clock.sleeps).toEqual([500]);
  });

  it('queues concurrent takers, each until its own token is due', async () => {
    const waits: number[] = [];
    // A clock that records waits without advancing: the three takers ask at the same instant.
    const clock = { now: () => 0, sleep: async (milliseconds: number) => void waits.push(milliseconds) };
    const bucket = new TokenBucket({ ratePerSecond: 4, capacity: 1, clock });
    await Promise.all([bucket.take(signal), bucket.take(signal), bucket.take(signal)]);
    expect(waits).toEqual([250, 500]);
  });

  it('refuses, without taking a token, a wait that would end after the deadline', async () => {
    const clock = new ManualClock();
    const bucket = new TokenBucket({ ratePerSecond: 1, capacity: 1, clock });
    expect(await bucket.take(signal, 500)).toBe(true);
    expect(await bucket.take(signal, 500)).toBe(false);
    expect(bucket.waitTime()).toBe(1000);
    expect(await bucket.take(signal, 1000)).toBe(true);
  });

  it('rejects with the abort reason and gives the reserved token back', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    const clock = {
      now: () => 0,
      sleep: (_milliseconds: number, aborted: AbortSignal) =>
        new Promise<void>((_, reject) => aborted.addEventListener('abort', () => reject(aborted.reason))),
    };
    const bucket = new TokenBucket({ ratePerSecond: 1, capacity: 1, clock });
    await bucket.take(controller.signal);
    const waiting = bucket.take(controller.signal);
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    expect(bucket.waitTime()).toBe(1000);
  });
});
