import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff-delay.js';

const policy = (random: number) => ({ initialDelayMs: 500, maxDelayMs: 8_000, random: () => random });

describe('backoffDelay', () => {
  it('uses the delay the server asked for as it is', () => {
    expect(backoffDelay(policy(0.9), 3, 1234)).toBe(1234);
  });

  it('doubles per retry, between half and all of the exponential delay', () => {
    expect([0, 1, 2].map((retry) => backoffDelay(policy(0), retry, undefined))).toEqual([250, 500, 1000]);
    expect([0, 1, 2].map((retry) => backoffDelay(policy(0.999999), retry, undefined))).toEqual([
      500, 1000, 2000,
    ]);
  });

  it('caps the exponential delay at maxDelayMs', () => {
    expect(backoffDelay(policy(0.999999), 10, undefined)).toBe(8000);
    expect(backoffDelay(policy(0), 10, undefined)).toBe(4000);
  });
});
