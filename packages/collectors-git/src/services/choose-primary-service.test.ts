import { describe, expect, it } from 'vitest';
import { choosePrimaryService } from './choose-primary-service.js';

describe('choosePrimaryService', () => {
  const weights = new Map([
    ['checkout', 40],
    ['payments', 3],
  ]);

  it("prefers the alert's service when the commit touches it", () => {
    expect(choosePrimaryService(weights, 'payments')).toBe('payments');
  });

  it('otherwise takes the service with the most changed lines', () => {
    expect(choosePrimaryService(weights, 'search')).toBe('checkout');
    expect(choosePrimaryService(weights, null)).toBe('checkout');
  });

  it('breaks ties by name, whatever the insertion order', () => {
    expect(
      choosePrimaryService(
        new Map([
          ['zeta', 5],
          ['alpha', 5],
        ]),
        null,
      ),
    ).toBe('alpha');
    expect(
      choosePrimaryService(
        new Map([
          ['alpha', 5],
          ['zeta', 5],
        ]),
        null,
      ),
    ).toBe('alpha');
  });

  it('returns null when no file maps to a service', () => {
    expect(choosePrimaryService(new Map(), 'payments')).toBeNull();
  });
});
