import type { EvidenceInput, TimeWindow } from '@triagekit/core';
import { controllerRevisionsToRollouts } from '../rollouts/controller-revisions-to-rollouts.js';
import { replicaSetsToRollouts } from '../rollouts/replica-sets-to-rollouts.js';
import { rolloutToEvidence } from '../rollouts/rollout-to-evidence.js';
import type { ServiceSubject } from '../services/service-resolver.js';
import type { ClusterState } from './read-cluster-state.js';

/**
 * The `change` evidence of every rollout in the window, oldest first: Deployments from ReplicaSets,
 * StatefulSets and DaemonSets from ControllerRevisions. A rollout's service is that of its workload, named by
 * the revision's labels (its pod template's), so it matches the service of the pods it runs.
 */
export function rolloutEvidence(
  state: ClusterState,
  window: TimeWindow,
  resolve: (subject: ServiceSubject) => string | null,
): EvidenceInput[] {
  return [
    ...replicaSetsToRollouts(state.replicaSets, window),
    ...controllerRevisionsToRollouts(state.controllerRevisions, window),
  ]
    .sort((a, b) => a.time - b.time || a.revisionObject.localeCompare(b.revisionObject))
    .map((rollout) =>
      rolloutToEvidence(
        rollout,
        resolve({
          namespace: rollout.namespace,
          kind: rollout.workloadKind,
          name: rollout.workloadName,
          labels: rollout.labels,
          workload: null,
        }),
      ),
    );
}
