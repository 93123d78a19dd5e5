import type { Alert } from '@triagekit/core';
import { type AlertTargets, readAlertTargets } from '../services/alert-targets.js';

/** Where to list the pods whose logs may be read, and how to pick among them. */
export interface PodListingPlan {
  /** Namespaces to list pods in; `null` stands for all namespaces. Empty: read no logs. */
  readonly namespaces: readonly (string | null)[];
  readonly fieldSelector?: string;
  readonly labelSelector?: string;
  readonly targets: AlertTargets;
  /** Every listed pod qualifies (a `podSelector` chose them). */
  readonly matchAll: boolean;
  /** Why no logs are read, when none are. */
  readonly warning: string | null;
}

/**
 * Plans the pod listing for logs from the alert. Namespace: the alert's (`namespace` label), which must be
 * among the configured namespaces; else the configured ones, else all. Pods: those of a `podSelector`
 * (label selector); else the pod the alert names (field selector `metadata.name`); else every pod, to be
 * matched against the service and workload names the alert carries. When the alert names none of these,
 * no logs are read, with a warning saying how to choose pods.
 */
export function planPodListing(
  alert: Alert,
  options: { readonly namespaces: readonly string[] | null; readonly podSelector: string | undefined },
): PodListingPlan {
  const targets = readAlertTargets(alert.labels);
  const skip = (warning: string): PodListingPlan => ({ namespaces: [], targets, matchAll: false, warning });
  let namespaces: readonly (string | null)[] = options.namespaces ?? [null];
  if (targets.namespace !== null) {
    if (options.namespaces !== null && !options.namespaces.includes(targets.namespace)) {
      return skip(
        `pod logs: the alert's namespace "${targets.namespace}" is not among the configured namespaces ` +
          `(${options.namespaces.join(', ')}); no logs were read`,
      );
    }
    namespaces = [targets.namespace];
  }
  if (options.podSelector !== undefined) {
    return { namespaces, labelSelector: options.podSelector, targets, matchAll: true, warning: null };
  }
  if (targets.pod !== null) {
    return {
      namespaces,
      fieldSelector: `metadata.name=${targets.pod}`,
      targets,
      matchAll: false,
      warning: null,
    };
  }
  if (targets.names.size === 0) {
    return skip(
      'pod logs: the alert names no pod, workload or service (labels such as pod, deployment, service, app); ' +
        'set podSelector to choose the pods whose logs are read',
    );
  }
  return { namespaces, targets, matchAll: false, warning: null };
}
