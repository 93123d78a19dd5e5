import { describe, expect, it } from 'vitest';
import { createServiceResolver, type ServiceSubject } from './service-resolver.js';

function subject(overrides: Partial<ServiceSubject>): ServiceSubject {
  return {
    namespace: 'prod',
    kind: 'Pod',
    name: 'payments-api-7d9c8b7f6d-x2x9k',
    labels: {},
    workload: null,
    ...overrides,
  };
}

describe('createServiceResolver', () => {
  it('prefers app.kubernetes.io/name, then app, then k8s-app, then the workload, then a workload’s own name', () => {
    const resolve = createServiceResolver({});
    expect(resolve(subject({ labels: { app: 'legacy', 'app.kubernetes.io/name': 'payments' } }))).toBe(
      'payments',
    );
    expect(resolve(subject({ labels: { 'k8s-app': 'kube-dns', app: 'coredns' } }))).toBe('coredns');
    expect(resolve(subject({ labels: { 'k8s-app': 'kube-dns' } }))).toBe('kube-dns');
    expect(resolve(subject({ workload: { kind: 'Deployment', name: 'payments-api' } }))).toBe('payments-api');
    expect(resolve(subject({ kind: 'StatefulSet', name: 'redis' }))).toBe('redis');
    expect(resolve(subject({ kind: 'Node', name: 'node-a' }))).toBeNull();
  });

  it('tries serviceLabel first, and lets a mapping function decide or fall back', () => {
    const resolve = createServiceResolver({
      serviceLabel: 'team.example.com/service',
      serviceName: (item) =>
        item.namespace === 'kube-system' ? null : item.kind === 'Job' ? 'batch' : undefined,
    });
    expect(resolve(subject({ labels: { 'team.example.com/service': 'payments', app: 'x' } }))).toBe(
      'payments',
    );
    expect(resolve(subject({ namespace: 'kube-system', labels: { app: 'coredns' } }))).toBeNull();
    expect(resolve(subject({ kind: 'Job', name: 'reconcile-29541600' }))).toBe('batch');
    expect(resolve(subject({ labels: { app: '  checkout  ' } }))).toBe('checkout');
    expect(
      resolve(subject({ labels: { app: '   ' }, workload: { kind: 'Deployment', name: 'checkout' } })),
    ).toBe('checkout');
  });
});
