import type { V1ControllerRevision } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { controllerRevisionsToRollouts } from './controller-revisions-to-rollouts.js';

const window = { start: new Date('2026-03-04T06:00:00Z'), end: new Date('2026-03-04T10:15:00Z') };

function revision(
  ownerKind: string,
  owner: string,
  number: number,
  created: string,
  image: string,
): V1ControllerRevision {
  return {
    metadata: {
      name: `${owner}-${number}`,
      namespace: 'prod',
      creationTimestamp: new Date(created),
      labels: { 'app.kubernetes.io/name': owner },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: ownerKind, name: owner, uid: 'u', controller: true }],
    },
    // As the API returns it: the template as a strategic-merge patch.
    data: { spec: { template: { $patch: 'replace', spec: { containers: [{ name: owner, image }] } } } },
    revision: number,
  };
}

describe('controllerRevisionsToRollouts', () => {
  it('reports StatefulSet and DaemonSet revisions created in the window with their image changes', () => {
    const rollouts = controllerRevisionsToRollouts(
      [
        revision('StatefulSet', 'redis', 2, '2026-03-04T07:30:00Z', 'redis:7.2.5'),
        revision('StatefulSet', 'redis', 1, '2026-02-20T12:00:00Z', 'redis:7.2.4'),
        revision('DaemonSet', 'node-exporter', 3, '2026-03-04T06:10:00Z', 'prom/node-exporter:v1.8.2'),
      ],
      window,
    );
    expect(
      rollouts.map((rollout) => [
        rollout.workloadKind,
        rollout.workloadName,
        rollout.revision,
        rollout.change?.descriptions ?? null,
      ]),
    ).toEqual([
      ['DaemonSet', 'node-exporter', 3, null],
      ['StatefulSet', 'redis', 2, ['image redis: redis:7.2.4 → redis:7.2.5']],
    ]);
    expect(rollouts[1]?.revisionObject).toBe('ControllerRevision/redis-2');
  });

  it('ignores revisions no StatefulSet or DaemonSet owns', () => {
    const orphan = revision('StatefulSet', 'redis', 2, '2026-03-04T07:30:00Z', 'redis:7.2.5');
    const unowned = { ...orphan, metadata: { ...orphan.metadata, ownerReferences: [] } };
    const ownedByOther = revision('Custom', 'thing', 1, '2026-03-04T07:30:00Z', 'x:1');
    expect(controllerRevisionsToRollouts([unowned, ownedByOther], window)).toEqual([]);
  });
});
