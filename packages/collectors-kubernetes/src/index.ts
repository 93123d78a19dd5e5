export {
  classifyEventReason,
  EVENT_REASON_CLASSES,
  type EventReasonClass,
} from './events/classify-event-reason.js';
export { type EventOccurrence, eventOccurrence } from './events/event-occurrence.js';
export { type EventMappingContext, eventToEvidence } from './events/event-to-evidence.js';
export type { Sleep } from './internal/sleep.js';
export { createKubernetesCollector } from './kubernetes-collector.js';
export {
  DEFAULT_CONCURRENCY,
  DEFAULT_KUBERNETES_COLLECTOR_ID,
  DEFAULT_LOG_LIMIT_BYTES,
  DEFAULT_LOG_MAX_PODS,
  DEFAULT_LOG_MAX_TOTAL_BYTES,
  DEFAULT_LOG_TAIL_LINES,
  DEFAULT_MAX_LIST_ITEMS,
  DEFAULT_MAX_RETRY_AFTER_MS,
  DEFAULT_PAGE_SIZE,
  DEFAULT_RETRIES,
  DEFAULT_RETRY_DELAY_MS,
  DEFAULT_TIMEOUT_MS,
  type KubernetesCollectorOptions,
  type KubernetesLogOptions,
  type KubernetesSourceOptions,
} from './kubernetes-collector-options.js';
export { detectLogSeverity } from './logs/detect-log-severity.js';
export { MAX_LOG_LINE_LENGTH } from './logs/log-lines-to-evidence.js';
export { controllerRevisionsToRollouts } from './rollouts/controller-revisions-to-rollouts.js';
export { describeTemplateChange, type TemplateChange } from './rollouts/describe-template-change.js';
export { type PodTemplateSnapshot, snapshotPodTemplate } from './rollouts/pod-template-snapshot.js';
export {
  CHANGE_CAUSE_ANNOTATION,
  REVISION_ANNOTATION,
  replicaSetsToRollouts,
} from './rollouts/replica-sets-to-rollouts.js';
export type { Rollout } from './rollouts/rollout.js';
export { rolloutToEvidence } from './rollouts/rollout-to-evidence.js';
export {
  ALERT_CONTAINER_LABELS,
  ALERT_NAMESPACE_LABELS,
  ALERT_POD_LABELS,
  ALERT_WORKLOAD_LABELS,
  type AlertTargets,
  readAlertTargets,
} from './services/alert-targets.js';
export {
  createServiceResolver,
  DEFAULT_SERVICE_LABELS,
  type ServiceNameMapper,
  type ServiceSubject,
} from './services/service-resolver.js';
export type { WorkloadReference } from './services/workload-reference.js';
