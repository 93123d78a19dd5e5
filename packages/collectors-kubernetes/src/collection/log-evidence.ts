import type { TimeWindow } from '@triagekit/core';
import type { KubernetesApi } from '../connection/kubernetes-api.js';
import { collectPodLogs, type PodLogLimits, type PodLogOutcome } from '../logs/collect-pod-logs.js';
import { selectLogTargets } from '../logs/select-log-targets.js';
import type { RequestSettings } from '../request/request-settings.js';
import type { ServiceSubject } from '../services/service-resolver.js';
import { podSubject } from './index-workloads.js';
import type { PodListingPlan } from './plan-pod-listing.js';
import type { ClusterState } from './read-cluster-state.js';

/** How to read logs in one collection. */
export interface LogEvidenceRequest {
  readonly api: KubernetesApi;
  readonly plan: PodListingPlan;
  readonly state: ClusterState;
  readonly settings: RequestSettings;
  readonly limits: PodLogLimits;
  readonly maxPods: number;
  readonly previous: boolean;
  readonly window: TimeWindow;
  readonly resolve: (subject: ServiceSubject) => string | null;
}

/**
 * Chooses the listed pods the alert points at (see `selectLogTargets`) and reads their containers' logs
 * (see `collectPodLogs`), with the pods' services on every line. Rejects only when the signal aborts.
 */
export async function logEvidence(request: LogEvidenceRequest): Promise<PodLogOutcome> {
  const selection = selectLogTargets(request.state.pods, {
    targets: request.plan.targets,
    matchAll: request.plan.matchAll,
    identify: (pod) => {
      const subject = podSubject(pod);
      return { service: request.resolve(subject), workload: subject.workload };
    },
    maxPods: request.maxPods,
    previous: request.previous,
  });
  const outcome = await collectPodLogs(request.api, selection.targets, request);
  return { ...outcome, warnings: [...selection.warnings, ...outcome.warnings] };
}
