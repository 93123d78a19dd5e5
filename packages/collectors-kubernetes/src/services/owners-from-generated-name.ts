import type { WorkloadReference } from './workload-reference.js';

// Kubernetes makes generated suffixes (pod names, pod-template-hash) from this alphabet: no vowels, no 0/1/3.
const suffix = '[bcdfghjklmnpqrstvwxz2456789]';
const deploymentPod = new RegExp(`^((.+)-${suffix}{6,10})-${suffix}{5}$`);
const replicaSet = new RegExp(`^(.+)-${suffix}{6,10}$`);
const statefulSetPod = /^(.+)-\d+$/;
const controllerPod = new RegExp(`^(.+)-${suffix}{5}$`);

/**
 * The objects that probably own an object not read from the API (an event can name a pod long gone), from
 * the names Kubernetes generates, most specific first: `payments-api-7d9c8b7f6d-x2x9k` → its ReplicaSet
 * `payments-api-7d9c8b7f6d`, then Deployment `payments-api`; `redis-0` → StatefulSet `redis`;
 * `node-exporter-k2l9v` → DaemonSet or Job `node-exporter`. A guess: callers prefer what they read.
 */
export function ownersFromGeneratedName(kind: string, name: string): WorkloadReference[] {
  if (kind === 'ReplicaSet') {
    const match = replicaSet.exec(name);
    return match ? [{ kind: 'Deployment', name: match[1] as string }] : [];
  }
  if (kind !== 'Pod') return [];
  const deployment = deploymentPod.exec(name);
  if (deployment) {
    return [
      { kind: 'ReplicaSet', name: deployment[1] as string },
      { kind: 'Deployment', name: deployment[2] as string },
    ];
  }
  const statefulSet = statefulSetPod.exec(name);
  if (statefulSet) return [{ kind: 'StatefulSet', name: statefulSet[1] as string }];
  const controller = controllerPod.exec(name);
  if (controller) {
    return [
      { kind: 'DaemonSet', name: controller[1] as string },
      { kind: 'Job', name: controller[1] as string },
    ];
  }
  return [];
}
