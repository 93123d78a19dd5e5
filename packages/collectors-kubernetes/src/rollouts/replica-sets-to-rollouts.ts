import type { V1ReplicaSet } from '@kubernetes/client-node';
import type { TimeWindow } from '@triagekit/core';
import type { StoredRevision } from './revision-history.js';
import { revisionsToRollouts } from './revision-history.js';
import type { Rollout } from './rollout.js';

/** The annotation the Deployment controller numbers each ReplicaSet with. */
export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
/** The annotation `kubectl` (or a deploy pipeline) records why a revision was made in. */
export const CHANGE_CAUSE_ANNOTATION = 'kubernetes.io/change-cause';

/**
 * The revision a ReplicaSet holds, or `null` when it is not a Deployment's (no Deployment owner) or carries
 * no readable revision or creation time.
 */
export function replicaSetRevision(replicaSet: V1ReplicaSet): StoredRevision | null {
  const metadata = replicaSet.metadata;
  const owner = metadata?.ownerReferences?.find((reference) => reference.kind === 'Deployment');
  const revision = Number.parseInt(metadata?.annotations?.[REVISION_ANNOTATION] ?? '', 10);
  const created = metadata?.creationTimestamp ? new Date(metadata.creationTimestamp).getTime() : Number.NaN;
  if (!owner?.name || !metadata?.name || Number.isNaN(revision) || Number.isNaN(created)) return null;
  return {
    workloadKind: 'Deployment',
    namespace: metadata.namespace ?? '',
    workloadName: owner.name,
    revision,
    time: created,
    revisionObject: `ReplicaSet/${metadata.name}`,
    changeCause: metadata.annotations?.[CHANGE_CAUSE_ANNOTATION] ?? null,
    template: replicaSet.spec?.template,
    labels: metadata.labels ?? {},
  };
}

/**
 * Deployment rollouts in the window, from ReplicaSets: one per ReplicaSet created in it (by
 * `creationTimestamp`), numbered by its `deployment.kubernetes.io/revision` annotation and compared with the
 * Deployment's previous revision (images, env, annotations, ...). A rollback re-uses an old ReplicaSet whose
 * creation time lies before the window, so it is not reported here (its ScalingReplicaSet events are).
 */
export function replicaSetsToRollouts(replicaSets: readonly V1ReplicaSet[], window: TimeWindow): Rollout[] {
  return revisionsToRollouts(
    replicaSets.map(replicaSetRevision).filter((revision) => revision !== null),
    window,
  );
}
