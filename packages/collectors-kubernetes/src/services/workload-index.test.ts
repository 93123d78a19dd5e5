import { describe, expect, it } from 'vitest';
import { ownersFromGeneratedName } from './owners-from-generated-name.js';
import { createServiceResolver } from './service-resolver.js';
import { workloadFromOwners } from './workload-from-owners.js';
import { WorkloadIndex } from './workload-index.js';

describe('ownersFromGeneratedName', () => {
  it('reads the owners out of names Kubernetes generates', () => {
    expect(ownersFromGeneratedName('Pod', 'payments-api-7d9c8b7f6d-x2x9k')).toEqual([
      { kind: 'ReplicaSet', name: 'payments-api-7d9c8b7f6d' },
      { kind: 'Deployment', name: 'payments-api' },
    ]);
    expect(ownersFromGeneratedName('Pod', 'redis-0')).toEqual([{ kind: 'StatefulSet', name: 'redis' }]);
    expect(ownersFromGeneratedName('Pod', 'node-exporter-k2l9v')).toEqual([
      { kind: 'DaemonSet', name: 'node-exporter' },
      { kind: 'Job', name: 'node-exporter' },
    ]);
    expect(ownersFromGeneratedName('ReplicaSet', 'search-7f9b6d5c4d')).toEqual([
      { kind: 'Deployment', name: 'search' },
    ]);
    expect(ownersFromGeneratedName('Pod', 'standalone')).toEqual([]);
    expect(ownersFromGeneratedName('Node', 'node-a-12345')).toEqual([]);
  });
});

describe('workloadFromOwners', () => {
  it('sees the Deployment behind a ReplicaSet owner by its pod-template-hash', () => {
    const owners = [
      {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        name: 'payments-api-7d9c8b7f6d',
        uid: 'u',
        controller: true,
      },
    ];
    expect(workloadFromOwners(owners, { 'pod-template-hash': '7d9c8b7f6d' })).toEqual({
      kind: 'Deployment',
      name: 'payments-api',
    });
    expect(workloadFromOwners(owners, {})).toEqual({ kind: 'ReplicaSet', name: 'payments-api-7d9c8b7f6d' });
    expect(workloadFromOwners(undefined, {})).toBeNull();
  });
});

describe('WorkloadIndex', () => {
  it('gives objects never read the service of the recorded object owning them', () => {
    const index = new WorkloadIndex(createServiceResolver({}));
    index.add({
      namespace: 'prod',
      kind: 'ReplicaSet',
      name: 'payments-api-7d9c8b7f6d',
      labels: { 'app.kubernetes.io/name': 'payments' },
      workload: { kind: 'Deployment', name: 'payments-api' },
    });
    expect(index.serviceOf('prod', 'Pod', 'payments-api-7d9c8b7f6d-zz5t2')).toBe('payments');
    expect(index.serviceOf('prod', 'Deployment', 'payments-api')).toBe('payments');
    // Another ReplicaSet of the same Deployment, not read: found through the Deployment.
    expect(index.serviceOf('prod', 'Pod', 'payments-api-5b7c9d4f8b-k2l9v')).toBe('payments');
    expect(index.serviceOf('staging', 'Pod', 'payments-api-5b7c9d4f8b-k2l9v')).toBe('payments-api');
    expect(index.serviceOf('prod', 'Pod', 'redis-0')).toBe('redis');
    expect(index.serviceOf('default', 'Node', 'node-a')).toBeNull();
  });
});
