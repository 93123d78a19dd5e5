import type { KubeConfig } from '@kubernetes/client-node';
import type { Alert } from '@triagekit/core';
import type { Sleep } from './internal/sleep.js';
import type { ServiceNameMapper } from './services/service-resolver.js';

/** Which kinds of evidence to gather. All default to `true`. */
export interface KubernetesSourceOptions {
  /** core/v1 Events in the window. */
  readonly events?: boolean;
  /** Deployment, StatefulSet and DaemonSet rollouts (ReplicaSets and ControllerRevisions). */
  readonly rollouts?: boolean;
  /** Logs of the pods the alert points at, previous containers included. */
  readonly logs?: boolean;
}

/** Caps and choices for pod logs. */
export interface KubernetesLogOptions {
  /** Lines asked for per container (`tailLines`: the last ones since the window's start). Default 500. */
  readonly tailLines?: number;
  /** Bytes asked for per container (`limitBytes`). Default 262,144 (256 KiB). */
  readonly limitBytes?: number;
  /** Bytes read across all containers of one collection; later containers are skipped. Default 2,097,152. */
  readonly maxTotalBytes?: number;
  /** Pods whose logs are read, crash-looping ones first. Default 5. */
  readonly maxPods?: number;
  /** Also read the previous container's logs when a container restarted. Default `true`. */
  readonly previous?: boolean;
}

/**
 * Options of `createKubernetesCollector`. Connection: at most one of `kubeConfig`, `kubeconfigPath` and
 * `inCluster`; without any, the client's default (`KUBECONFIG`, `~/.kube/config`, the pod's service account).
 */
export interface KubernetesCollectorOptions {
  /** Stable id; evidence ids derive from it. Default `'kubernetes'`. */
  readonly collectorId?: string;
  /** A `KubeConfig` you loaded yourself; used as is. */
  readonly kubeConfig?: KubeConfig;
  /** Kubeconfig file(s); several are merged like kubectl merges `KUBECONFIG`. Relative to the working directory. */
  readonly kubeconfigPath?: string | readonly string[];
  /** The kubeconfig context to use. Default: its current context. Not with `kubeConfig`. */
  readonly context?: string;
  /** Use the pod's service account (`KUBERNETES_SERVICE_HOST`, the mounted token and CA). Default `false`. */
  readonly inCluster?: boolean;
  /** Namespaces to read. Default: all namespaces, with cluster-wide lists (needs a ClusterRole). */
  readonly namespaces?: readonly string[];
  /** Which evidence to gather. Default: all. */
  readonly sources?: KubernetesSourceOptions;
  /** A label naming the service on your pods and workloads, tried before the defaults. */
  readonly serviceLabel?: string;
  /** Your own object → service mapping; `undefined` falls back to the default rule. */
  readonly serviceName?: ServiceNameMapper;
  /**
   * A label selector choosing the pods whose logs are read (`app=payments,tier=api`), or a function of the
   * alert returning one (`undefined`: the default matching). Default: pods the alert's labels name.
   */
  readonly podSelector?: string | ((alert: Alert) => string | undefined);
  readonly logs?: KubernetesLogOptions;
  /** Items per list page (`limit`). Default 500. */
  readonly pageSize?: number;
  /** Most items read per list (one resource in one namespace, or in all). Default 10,000. */
  readonly maxListItems?: number;
  /** Requests in flight at once. Default 4. */
  readonly concurrency?: number;
  /** Timeout of each request attempt, headers and body included, in milliseconds. Default 10,000. */
  readonly timeoutMs?: number;
  /** Further attempts after HTTP 429, 5xx or a connection reset. Default 2. */
  readonly retries?: number;
  /** Backoff before the first retry when the server names none, in milliseconds; doubles. Default 500. */
  readonly retryDelayMs?: number;
  /** The longest `Retry-After` waited for, in milliseconds; longer ends the retries. Default 30,000. */
  readonly maxRetryAfterMs?: number;
  /** Replaces the backoff wait (tests use it to record waits instead of sleeping). Default: a real timer. */
  readonly sleep?: Sleep;
}

/** Default {@link KubernetesCollectorOptions.collectorId}. */
export const DEFAULT_KUBERNETES_COLLECTOR_ID = 'kubernetes';
/** Default {@link KubernetesLogOptions.tailLines}. */
export const DEFAULT_LOG_TAIL_LINES = 500;
/** Default {@link KubernetesLogOptions.limitBytes}. */
export const DEFAULT_LOG_LIMIT_BYTES = 262_144;
/** Default {@link KubernetesLogOptions.maxTotalBytes}. */
export const DEFAULT_LOG_MAX_TOTAL_BYTES = 2_097_152;
/** Default {@link KubernetesLogOptions.maxPods}. */
export const DEFAULT_LOG_MAX_PODS = 5;
/** Default {@link KubernetesCollectorOptions.pageSize}. */
export const DEFAULT_PAGE_SIZE = 500;
/** Default {@link KubernetesCollectorOptions.maxListItems}. */
export const DEFAULT_MAX_LIST_ITEMS = 10_000;
/** Default {@link KubernetesCollectorOptions.concurrency}. */
export const DEFAULT_CONCURRENCY = 4;
/** Default {@link KubernetesCollectorOptions.timeoutMs}. */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** Default {@link KubernetesCollectorOptions.retries}. */
export const DEFAULT_RETRIES = 2;
/** Default {@link KubernetesCollectorOptions.retryDelayMs}. */
export const DEFAULT_RETRY_DELAY_MS = 500;
/** Default {@link KubernetesCollectorOptions.maxRetryAfterMs}. */
export const DEFAULT_MAX_RETRY_AFTER_MS = 30_000;
