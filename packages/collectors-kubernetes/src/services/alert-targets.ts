/** What an alert points at in Kubernetes, read from its labels. */
export interface AlertTargets {
  readonly namespace: string | null;
  readonly pod: string | null;
  readonly container: string | null;
  /** Service and workload names the alert names (`service`, `app`, `deployment`, ...). */
  readonly names: ReadonlySet<string>;
}

/** Alert labels naming the namespace, as Prometheus, kube-state-metrics and OpenTelemetry spell them. */
export const ALERT_NAMESPACE_LABELS = ['namespace', 'kubernetes_namespace', 'k8s_namespace_name'];
/** Alert labels naming a pod. */
export const ALERT_POD_LABELS = ['pod', 'pod_name', 'kubernetes_pod_name', 'k8s_pod_name'];
/** Alert labels naming a container. */
export const ALERT_CONTAINER_LABELS = ['container', 'container_name', 'k8s_container_name'];
/** Alert labels naming a service or workload; a pod matches when its service or workload has one of them. */
export const ALERT_WORKLOAD_LABELS = [
  'service',
  'service_name',
  'app',
  'app_kubernetes_io_name',
  'app.kubernetes.io/name',
  'application',
  'deployment',
  'statefulset',
  'daemonset',
  'k8s_deployment_name',
  'k8s_statefulset_name',
  'k8s_daemonset_name',
];

function first(labels: Readonly<Record<string, string>>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = labels[key]?.trim();
    if (value) return value;
  }
  return null;
}

/** Reads the namespace, pod, container and service/workload names an alert's labels name. */
export function readAlertTargets(labels: Readonly<Record<string, string>>): AlertTargets {
  const names = new Set<string>();
  for (const key of ALERT_WORKLOAD_LABELS) {
    const value = labels[key]?.trim();
    if (value) names.add(value);
  }
  return {
    namespace: first(labels, ALERT_NAMESPACE_LABELS),
    pod: first(labels, ALERT_POD_LABELS),
    container: first(labels, ALERT_CONTAINER_LABELS),
    names,
  };
}
