import type { V1OwnerReference } from '@kubernetes/client-node';
import type { WorkloadReference } from './workload-reference.js';

/**
 * The workload that runs an object, from its controlling owner reference: a ReplicaSet named
 * `<deployment>-<pod-template-hash>` stands for its Deployment (Deployments own their ReplicaSets), any
 * other owner (StatefulSet, DaemonSet, Job, Deployment) for itself. `null` without a controller.
 */
export function workloadFromOwners(
  ownerReferences: readonly V1OwnerReference[] | undefined,
  labels: Readonly<Record<string, string>>,
): WorkloadReference | null {
  const owner = ownerReferences?.find((reference) => reference.controller) ?? ownerReferences?.[0];
  if (!owner?.kind || !owner.name) return null;
  const hash = labels['pod-template-hash'];
  if (owner.kind === 'ReplicaSet' && hash && owner.name.endsWith(`-${hash}`)) {
    return { kind: 'Deployment', name: owner.name.slice(0, -hash.length - 1) };
  }
  return { kind: owner.kind, name: owner.name };
}
