import { describe, expect, it } from 'vitest';
import { createServiceResolver } from './service-rules.js';

describe('createServiceResolver', () => {
  const resolve = createServiceResolver({
    'payments-db*': 'payments-database',
    'payments-*': 'payments',
    'checkout-api?': 'checkout',
    'i-0abc*': 'legacy-batch',
  });

  it('returns the service of the first matching rule, in insertion order', () => {
    expect(resolve(['payments-db'])).toBe('payments-database');
    expect(resolve(['payments-api-role'])).toBe('payments');
    expect(resolve(['sg-0123', 'payments-workers-asg'])).toBe('payments');
  });

  it('matches whole names, case-insensitively, with * and ? wildcards', () => {
    expect(resolve(['Payments-API'])).toBe('payments');
    expect(resolve(['checkout-api2'])).toBe('checkout');
    expect(resolve(['checkout-api'])).toBeNull();
    expect(resolve(['old-payments-api'])).toBeNull();
  });

  it('tries the last segment of ARNs and paths', () => {
    expect(resolve(['arn:aws:iam::123456789012:role/payments-api-role'])).toBe('payments');
    expect(resolve(['arn:aws:lambda:us-east-1:123456789012:function:payments-authorizer'])).toBe('payments');
  });

  it('treats regular-expression characters in patterns literally', () => {
    const dotted = createServiceResolver({ 'api.payments.example.com': 'payments' });
    expect(dotted(['api.payments.example.com'])).toBe('payments');
    expect(dotted(['apiXpaymentsXexampleXcom'])).toBeNull();
  });

  it('returns null without rules', () => {
    expect(createServiceResolver({})(['payments-db'])).toBeNull();
  });
});
