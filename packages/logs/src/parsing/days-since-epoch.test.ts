import { describe, expect, it } from 'vitest';
import { daysSinceEpoch } from './days-since-epoch.js';

describe('daysSinceEpoch', () => {
  it('agrees with Date.UTC across leap years and centuries', () => {
    for (let year = 1890; year <= 2410; year += 7) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [1, 28, 29, 31]) {
          expect(daysSinceEpoch(year, month, day) * 86_400_000).toBe(Date.UTC(year, month - 1, day));
        }
      }
    }
  });
});
