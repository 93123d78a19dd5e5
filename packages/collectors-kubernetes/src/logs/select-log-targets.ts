import type { V1ContainerStatus, V1Pod } from '@kubernetes/client-node';
import type { AlertTargets } from '../services/alert-targets.js';
import type { WorkloadReference } from '../services/workload-reference.js';
import type { LogTarget } from './log-target.js';

/** What {@link selectLogTargets} needs to know about each pod besides the pod itself. */
export interface PodIdentity {
  readonly service: string | null;
  readonly workload: WorkloadReference | null;
}

/** The logs to read, most telling first, and what was left out. */
export interface LogTargetSelection {
  readonly targets: LogTarget[];
  readonly warnings: string[];
}

function restarted(status: V1ContainerStatus | undefined): boolean {
  return (
    (status?.restartCount ?? 0) > 0 ||
    status?.lastState?.terminated !== undefined ||
    status?.state?.waiting?.reason === 'CrashLoopBackOff'
  );
}

function totalRestarts(pod: V1Pod): number {
  return (pod.status?.containerStatuses ?? []).reduce((sum, status) => sum + (status.restartCount ?? 0), 0);
}

function matches(pod: V1Pod, identity: PodIdentity, targets: AlertTargets, matchAll: boolean): boolean {
  if (matchAll) return true;
  if (targets.pod !== null) return pod.metadata?.name === targets.pod;
  return (
    (identity.service !== null && targets.names.has(identity.service)) ||
    (identity.workload !== null && targets.names.has(identity.workload.name))
  );
}

/**
 * Chooses whose logs to read. A pod qualifies when the alert names it (`pod` label), or when its service or
 * workload is one the alert names; with `matchAll` (pods chosen by a `podSelector`) every listed pod does.
 * Pods with restarts come first (most restarts first), then by namespace and name; at most `maxPods`. Per
 * pod, every container (only the alert's `container` when it names one) in spec order, each restarted one's
 * previous instance first when `previous` is on.
 */
export function selectLogTargets(
  pods: readonly V1Pod[],
  options: {
    readonly targets: AlertTargets;
    readonly matchAll: boolean;
    readonly identify: (pod: V1Pod) => PodIdentity;
    readonly maxPods: number;
    readonly previous: boolean;
  },
): LogTargetSelection {
  const matching = pods
    .map((pod) => ({ pod, identity: options.identify(pod) }))
    .filter(
      ({ pod, identity }) => pod.metadata?.name && matches(pod, identity, options.targets, options.matchAll),
    )
    .sort(
      (a, b) =>
        totalRestarts(b.pod) - totalRestarts(a.pod) ||
        (a.pod.metadata?.namespace ?? '').localeCompare(b.pod.metadata?.namespace ?? '') ||
        (a.pod.metadata?.name ?? '').localeCompare(b.pod.metadata?.name ?? ''),
    );
  const warnings =
    matching.length > options.maxPods
      ? [
          `${matching.length} pods match the alert; read the logs of ${options.maxPods} (crash-looping first; logs.maxPods)`,
        ]
      : [];
  const container = options.targets.container;
  const targets: LogTarget[] = [];
  for (const { pod, identity } of matching.slice(0, options.maxPods)) {
    const statuses = new Map((pod.status?.containerStatuses ?? []).map((status) => [status.name, status]));
    for (const spec of pod.spec?.containers ?? []) {
      if (container !== null && spec.name !== container) continue;
      const status = statuses.get(spec.name);
      const base = {
        namespace: pod.metadata?.namespace ?? '',
        pod: pod.metadata?.name as string,
        container: spec.name,
        service: identity.service,
        restartCount: status?.restartCount ?? 0,
      };
      if (options.previous && restarted(status)) targets.push({ ...base, previous: true });
      targets.push({ ...base, previous: false });
    }
  }
  return { targets, warnings };
}
