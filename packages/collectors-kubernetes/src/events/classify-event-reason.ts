import type { Severity } from '@triagekit/core';

/** How an event reason is classified: a stable class name and the severity it gets. */
export interface EventReasonClass {
  readonly reasonClass: string;
  readonly severity: Severity;
}

/**
 * The reasons worth recognising in triage, by the `reason` field of core/v1 Events. Failures are warnings
 * (not errors: the logs and metrics tell how bad it is); the normal steps of a rollout are info.
 */
export const EVENT_REASON_CLASSES: Readonly<Record<string, EventReasonClass>> = {
  Pulling: { reasonClass: 'image-pull', severity: 'info' },
  Pulled: { reasonClass: 'image-pull', severity: 'info' },
  Killing: { reasonClass: 'container-stop', severity: 'info' },
  ScalingReplicaSet: { reasonClass: 'scaling', severity: 'info' },
  BackOff: { reasonClass: 'back-off', severity: 'warning' },
  Unhealthy: { reasonClass: 'probe-failure', severity: 'warning' },
  FailedScheduling: { reasonClass: 'scheduling-failure', severity: 'warning' },
  OOMKilling: { reasonClass: 'out-of-memory', severity: 'warning' },
  Evicted: { reasonClass: 'eviction', severity: 'warning' },
  FailedMount: { reasonClass: 'mount-failure', severity: 'warning' },
};

/**
 * Classifies an event: a reason of {@link EVENT_REASON_CLASSES} gets its class and severity; any other reason
 * gets class `other` and its severity from the event type (`Warning` → `warning`, `Normal` → `info`, else
 * `unknown`).
 */
export function classifyEventReason(reason: string | undefined, type: string | undefined): EventReasonClass {
  const known = reason === undefined ? undefined : EVENT_REASON_CLASSES[reason];
  if (known) return known;
  return {
    reasonClass: 'other',
    severity: type === 'Warning' ? 'warning' : type === 'Normal' ? 'info' : 'unknown',
  };
}
