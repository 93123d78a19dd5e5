import type { V1ControllerRevision } from '@kubernetes/client-node';
import type { TimeWindow } from '@triagekit/core';
import { CHANGE_CAUSE_ANNOTATION } from './replica-sets-to-rollouts.js';
import { revisionsToRollouts, type StoredRevision } from './revision-history.js';
import type { Rollout } from './rollout.js';

const workloadKinds = new Set(['StatefulSet', 'DaemonSet']);

function templateOf(data: unknown): unknown {
  const spec = (data as { spec?: { template?: unknown } } | null | undefined)?.spec;
  return spec?.template;
}

/** The revision a ControllerRevision holds, or `null` when no StatefulSet or DaemonSet owns it. */
export function controllerRevisionRevision(controllerRevision: V1ControllerRevision): StoredRevision | null {
  const metadata = controllerRevision.metadata;
  const owner = metadata?.ownerReferences?.find((reference) => workloadKinds.has(reference.kind));
  const created = metadata?.creationTimestamp ? new Date(metadata.creationTimestamp).getTime() : Number.NaN;
  const revision = controllerRevision.revision;
  if (!owner?.name || !metadata?.name || !Number.isSafeInteger(revision) || Number.isNaN(created))
    return null;
  return {
    workloadKind: owner.kind as 'StatefulSet' | 'DaemonSet',
    namespace: metadata.namespace ?? '',
    workloadName: owner.name,
    revision,
    time: created,
    revisionObject: `ControllerRevision/${metadata.name}`,
    changeCause: metadata.annotations?.[CHANGE_CAUSE_ANNOTATION] ?? null,
    // The controller stores the template as a patch: `data.spec.template` (with `$patch: replace`).
    template: templateOf(controllerRevision.data),
    labels: metadata.labels ?? {},
  };
}

/**
 * StatefulSet and DaemonSet rollouts in the window, from ControllerRevisions: one per revision created in
 * it, compared with the workload's previous revision. Like ReplicaSets, a rollback re-uses an old revision
 * and is not reported.
 */
export function controllerRevisionsToRollouts(
  controllerRevisions: readonly V1ControllerRevision[],
  window: TimeWindow,
): Rollout[] {
  return revisionsToRollouts(
    controllerRevisions.map(controllerRevisionRevision).filter((revision) => revision !== null),
    window,
  );
}
