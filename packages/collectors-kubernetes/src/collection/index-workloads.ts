import type { V1ObjectMeta, V1Pod } from '@kubernetes/client-node';
import type { ServiceSubject } from '../services/service-resolver.js';
import { workloadFromOwners } from '../services/workload-from-owners.js';
import { WorkloadIndex } from '../services/workload-index.js';
import type { ClusterState } from './read-cluster-state.js';

/** The service subject of an object read from the API. */
export function subjectOf(kind: string, metadata: V1ObjectMeta | undefined): ServiceSubject {
  const labels = metadata?.labels ?? {};
  return {
    namespace: metadata?.namespace ?? '',
    kind,
    name: metadata?.name ?? '',
    labels,
    workload: workloadFromOwners(metadata?.ownerReferences, labels),
  };
}

/** The service subject of a pod. */
export function podSubject(pod: V1Pod): ServiceSubject {
  return subjectOf('Pod', pod.metadata);
}

/**
 * Records every pod, ReplicaSet and ControllerRevision read (and through them their workloads), so that
 * events about them get the services their logs and rollouts get.
 */
export function indexWorkloads(
  state: ClusterState,
  resolve: (subject: ServiceSubject) => string | null,
): WorkloadIndex {
  const index = new WorkloadIndex(resolve);
  for (const replicaSet of state.replicaSets) index.add(subjectOf('ReplicaSet', replicaSet.metadata));
  for (const revision of state.controllerRevisions)
    index.add(subjectOf('ControllerRevision', revision.metadata));
  for (const pod of state.pods) index.add(podSubject(pod));
  return index;
}
