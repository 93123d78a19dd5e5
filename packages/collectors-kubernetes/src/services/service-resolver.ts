import type { WorkloadReference } from './workload-reference.js';

/** What a service name is derived from: one Kubernetes object. */
export interface ServiceSubject {
  readonly namespace: string;
  /** `Pod`, `ReplicaSet`, `Deployment`, `ControllerRevision`, `Node`, ... */
  readonly kind: string;
  readonly name: string;
  /** The object's labels; empty when the object was not read (an event names it). */
  readonly labels: Readonly<Record<string, string>>;
  /** The workload running it (a pod's Deployment, a ReplicaSet's Deployment), when known. */
  readonly workload: WorkloadReference | null;
}

/**
 * Your own mapping: return a service name, `null` for "no service", or `undefined` to fall back to the
 * default rule. Must be deterministic.
 */
export type ServiceNameMapper = (subject: ServiceSubject) => string | null | undefined;

/** Labels that name a service, most specific first (Kubernetes' recommended label, then the common ones). */
export const DEFAULT_SERVICE_LABELS: readonly string[] = ['app.kubernetes.io/name', 'app', 'k8s-app'];

// Kinds whose own name is the name of what runs: used when no label names a service.
const workloadKinds = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob']);
const maxServiceLength = 256;

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, maxServiceLength) : null;
}

/**
 * Returns the service-naming rule: `serviceName(subject)` when it returns a string or `null`; else the
 * `serviceLabel` label; else the first of {@link DEFAULT_SERVICE_LABELS}; else the workload's name (a pod of
 * Deployment `payments-api` belongs to `payments-api`); else the object's own name when it is a workload;
 * else `null` (nodes, namespaces).
 */
export function createServiceResolver(options: {
  readonly serviceLabel?: string;
  readonly serviceName?: ServiceNameMapper;
}): (subject: ServiceSubject) => string | null {
  const labels = options.serviceLabel
    ? [options.serviceLabel, ...DEFAULT_SERVICE_LABELS]
    : DEFAULT_SERVICE_LABELS;
  return (subject) => {
    const mapped = options.serviceName?.(subject);
    if (mapped !== undefined) return clean(mapped);
    for (const label of labels) {
      const value = clean(subject.labels[label]);
      if (value) return value;
    }
    if (subject.workload) return clean(subject.workload.name);
    return workloadKinds.has(subject.kind) ? clean(subject.name) : null;
  };
}
