import { describe, expect, it } from 'vitest';
import { createServiceResolver } from './create-service-resolver.js';

describe('createServiceResolver', () => {
  it('applies the first matching rule, in order', () => {
    const serviceOf = createServiceResolver({
      rules: [
        ['k8s/payments/canary/**', 'payments-canary'],
        ['k8s/pay*/**', 'payments-api'],
        ['terraform/rds/', 'payments-db'],
      ],
      inferServices: true,
    });
    expect(serviceOf('k8s/payments/canary/deploy.yaml')).toBe('payments-canary');
    expect(serviceOf('k8s/payments/deploy.yaml')).toBe('payments-api');
    expect(serviceOf('terraform/rds/main.tf')).toBe('payments-db');
  });

  it('falls back to the heuristic when it is on, and to no service when it is off', () => {
    const rules: [string, string][] = [['terraform/rds/**', 'payments-db']];
    expect(createServiceResolver({ rules, inferServices: true })('k8s/checkout/deploy.yaml')).toBe(
      'checkout',
    );
    expect(createServiceResolver({ rules, inferServices: false })('k8s/checkout/deploy.yaml')).toBeNull();
    expect(createServiceResolver({ rules, inferServices: true })('terraform/vpc/main.tf')).toBeNull();
  });

  it('normalises rule patterns like path patterns', () => {
    const serviceOf = createServiceResolver({ rules: [['./k8s//search/', 'search']], inferServices: false });
    expect(serviceOf('k8s/search/deploy.yaml')).toBe('search');
  });

  it('answers the same for a path asked twice', () => {
    const serviceOf = createServiceResolver({ rules: [], inferServices: true });
    expect(serviceOf('k8s/payments/a.yaml')).toBe('payments');
    expect(serviceOf('k8s/payments/a.yaml')).toBe('payments');
    expect(serviceOf('k8s/x.yaml')).toBeNull();
    expect(serviceOf('k8s/x.yaml')).toBeNull();
  });
});
