import type { V1Container, V1ReplicaSet } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { replicaSetsToRollouts } from './replica-sets-to-rollouts.js';

const window = { start: new Date('2026-03-04T06:00:00Z'), end: new Date('2026-03-04T10:15:00Z') };

function replicaSet(
  name: string,
  revision: string,
  created: string,
  containers: V1Container[],
  options: {
    owner?: string | null;
    annotations?: Record<string, string>;
    templateAnnotations?: Record<string, string>;
  } = {},
): V1ReplicaSet {
  const owner = options.owner === undefined ? 'payments-api' : options.owner;
  return {
    metadata: {
      name,
      namespace: 'prod',
      creationTimestamp: new Date(created),
      labels: { app: 'payments' },
      annotations: { 'deployment.kubernetes.io/revision': revision, ...options.annotations },
      ownerReferences: owner
        ? [{ apiVersion: 'apps/v1', kind: 'Deployment', name: owner, uid: 'u', controller: true }]
        : [],
    },
    spec: {
      selector: {},
      template: { metadata: { annotations: options.templateAnnotations ?? {} }, spec: { containers } },
    },
  };
}

const api = (tag: string): V1Container => ({ name: 'api', image: `registry.example.com/payments:${tag}` });
const sidecar: V1Container = { name: 'proxy', image: 'envoyproxy/envoy:v1.30.1' };

describe('replicaSetsToRollouts', () => {
  it('reports each revision created in the window against the previous revision, whatever the list order', () => {
    const rollouts = replicaSetsToRollouts(
      [
        replicaSet('payments-api-7d9c8b7f6d', '7', '2026-03-04T09:42:10Z', [api('1.42.0'), sidecar], {
          annotations: { 'kubernetes.io/change-cause': 'deploy 1.42.0' },
        }),
        replicaSet('payments-api-6f8d5c9b7b', '5', '2026-02-24T16:45:31Z', [api('1.40.2'), sidecar]),
        replicaSet('payments-api-5b7c9d4f8b', '6', '2026-03-01T10:02:44Z', [api('1.41.0'), sidecar]),
      ],
      window,
    );
    expect(rollouts).toEqual([
      {
        workloadKind: 'Deployment',
        namespace: 'prod',
        workloadName: 'payments-api',
        revision: 7,
        time: Date.parse('2026-03-04T09:42:10Z'),
        revisionObject: 'ReplicaSet/payments-api-7d9c8b7f6d',
        previousRevision: 6,
        previousRevisionObject: 'ReplicaSet/payments-api-5b7c9d4f8b',
        changeCause: 'deploy 1.42.0',
        images: ['registry.example.com/payments:1.42.0', 'envoyproxy/envoy:v1.30.1'],
        previousImages: ['registry.example.com/payments:1.41.0', 'envoyproxy/envoy:v1.30.1'],
        change: {
          descriptions: [
            'image api: registry.example.com/payments:1.41.0 → registry.example.com/payments:1.42.0',
          ],
          imageChanged: true,
          configChanged: false,
        },
        labels: { app: 'payments' },
      },
    ]);
  });

  it('reports two rollouts in one window, each against the one before it', () => {
    const rollouts = replicaSetsToRollouts(
      [
        replicaSet('a-1', '1', '2026-03-01T00:00:00Z', [api('1.0.0')]),
        replicaSet('a-2', '2', '2026-03-04T07:00:00Z', [api('1.1.0')]),
        replicaSet('a-3', '3', '2026-03-04T08:00:00Z', [api('1.1.0')], {
          templateAnnotations: { 'kubectl.kubernetes.io/restartedAt': '2026-03-04T08:00:00Z' },
        }),
      ],
      window,
    );
    expect(
      rollouts.map((rollout) => [rollout.revision, rollout.previousRevision, rollout.change?.descriptions]),
    ).toEqual([
      [2, 1, ['image api: registry.example.com/payments:1.0.0 → registry.example.com/payments:1.1.0']],
      [3, 2, ['restarted (kubectl rollout restart)']],
    ]);
  });

  it('says when no earlier revision is kept, and ignores ReplicaSets without a Deployment or a revision', () => {
    const rollouts = replicaSetsToRollouts(
      [
        replicaSet('payments-api-7d9c8b7f6d', '7', '2026-03-04T09:42:10Z', [api('1.42.0')]),
        replicaSet('standalone', '1', '2026-03-04T09:00:00Z', [api('1.0.0')], { owner: null }),
        replicaSet('broken', 'seven', '2026-03-04T09:00:00Z', [api('1.0.0')], { owner: 'broken' }),
      ],
      window,
    );
    expect(rollouts).toHaveLength(1);
    expect(rollouts[0]).toMatchObject({ previousRevision: null, previousImages: [], change: null });
  });

  it('keeps rollouts of different Deployments apart', () => {
    const rollouts = replicaSetsToRollouts(
      [
        replicaSet('checkout-1', '1', '2026-03-01T00:00:00Z', [api('2.0.0')], { owner: 'checkout' }),
        replicaSet('payments-1', '1', '2026-03-04T07:00:00Z', [api('1.0.0')]),
      ],
      window,
    );
    expect(rollouts.map((rollout) => [rollout.workloadName, rollout.previousRevision])).toEqual([
      ['payments-api', null],
    ]);
  });
});
