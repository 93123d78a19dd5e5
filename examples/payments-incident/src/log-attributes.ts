import type { Pod, Workload } from './workload.js';

/** How a service formats its log lines; kept on each item so parsers know what they are looking at. */
export type LogFormat = 'logback' | 'json' | 'logfmt' | 'nginx' | 'python';

/** The attributes a Kubernetes log collector attaches to every line it reads from a container. */
export function logAttributes(workload: Workload, pod: Pod, format: LogFormat): Record<string, string> {
  return { namespace: workload.namespace, pod: pod.name, container: workload.container, format };
}
