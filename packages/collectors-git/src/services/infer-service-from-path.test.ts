import { describe, expect, it } from 'vitest';
import { inferServiceFromPath } from './infer-service-from-path.js';

describe('inferServiceFromPath', () => {
  it('names the service after the first directory under k8s/, kubernetes/, helm/ or charts/', () => {
    expect(inferServiceFromPath('k8s/payments/deploy.yaml')).toBe('payments');
    expect(inferServiceFromPath('kubernetes/checkout/overlays/prod/hpa.yaml')).toBe('checkout');
    expect(inferServiceFromPath('helm/payments/templates/deploy.yaml')).toBe('payments');
    expect(inferServiceFromPath('charts/search-api/Chart.yaml')).toBe('search-api');
  });

  it('looks past generic grouping directories', () => {
    expect(inferServiceFromPath('k8s/base/payments/deploy.yaml')).toBe('payments');
    expect(inferServiceFromPath('k8s/apps/Overlays/payments/deploy.yaml')).toBe('payments');
  });

  it('names no service for files directly under a root, other roots, or only generic directories', () => {
    expect(inferServiceFromPath('helm/values-prod.yaml')).toBeNull();
    expect(inferServiceFromPath('k8s/base/kustomization.yaml')).toBeNull();
    expect(inferServiceFromPath('terraform/payments/rds.tf')).toBeNull();
    expect(inferServiceFromPath('src/k8s/payments/x.go')).toBeNull();
    expect(inferServiceFromPath('k8s')).toBeNull();
  });
});
