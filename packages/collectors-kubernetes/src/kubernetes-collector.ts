import {
  type Alert,
  CollectorError,
  type CollectorV1,
  type CollectorV1CollectOptions,
  type CollectorV1Result,
  defineCollector,
} from '@triagekit/core';
import { indexWorkloads } from './collection/index-workloads.js';
import { logEvidence } from './collection/log-evidence.js';
import { planPodListing } from './collection/plan-pod-listing.js';
import { readClusterState } from './collection/read-cluster-state.js';
import { rolloutEvidence } from './collection/rollout-evidence.js';
import { createKubernetesApi } from './connection/kubernetes-api.js';
import { loadKubeConfig } from './connection/load-kube-config.js';
import { eventToEvidence } from './events/event-to-evidence.js';
import { selectWithinMaxItems } from './evidence/select-within-max-items.js';
import { describeError } from './internal/describe-error.js';
import { sleep } from './internal/sleep.js';
import {
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
} from './kubernetes-collector-options.js';
import { createServiceResolver, type ServiceSubject } from './services/service-resolver.js';
import { validateKubernetesCollectorOptions } from './validate-kubernetes-collector-options.js';

/**
 * A read-only collector for Kubernetes: for the alert's window it gathers core/v1 **events** (classified
 * by reason), **rollouts** of Deployments (from ReplicaSets) and of StatefulSets and DaemonSets (from
 * ControllerRevisions) with what changed (image a → b, env, annotations), and **pod logs** of the pods the
 * alert points at, including the previous instance of restarted containers, within byte and line caps.
 * Through the official `@kubernetes/client-node`, GET requests only (list and get; a guard refuses any
 * other method).
 *
 * Degrades instead of failing: a forbidden namespace, an expired continue token, a timeout, retries run out
 * (429/5xx, with backoff and `Retry-After`), a malformed answer each become a warning naming what was not
 * read and why; the rest goes on. Rejects with a `CollectorError` only when no request succeeded, and with
 * the abort reason as soon as `abortSignal` aborts (requests in flight are aborted). Throws
 * `InvalidInputError` at creation for invalid options or an unusable kubeconfig.
 */
export function createKubernetesCollector(options: KubernetesCollectorOptions = {}): CollectorV1 {
  validateKubernetesCollectorOptions(options);
  const api = createKubernetesApi(loadKubeConfig(options));
  const collectorId = options.collectorId ?? DEFAULT_KUBERNETES_COLLECTOR_ID;
  const sources = {
    events: options.sources?.events ?? true,
    rollouts: options.sources?.rollouts ?? true,
    logs: options.sources?.logs ?? true,
  };
  const namespaces = options.namespaces ? [...options.namespaces] : null;
  const limits = {
    tailLines: options.logs?.tailLines ?? DEFAULT_LOG_TAIL_LINES,
    limitBytes: options.logs?.limitBytes ?? DEFAULT_LOG_LIMIT_BYTES,
    maxTotalBytes: options.logs?.maxTotalBytes ?? DEFAULT_LOG_MAX_TOTAL_BYTES,
  };
  const logChoices = {
    maxPods: options.logs?.maxPods ?? DEFAULT_LOG_MAX_PODS,
    previous: options.logs?.previous ?? true,
  };
  const rule = createServiceResolver({
    ...(options.serviceLabel === undefined ? {} : { serviceLabel: options.serviceLabel }),
    ...(options.serviceName === undefined ? {} : { serviceName: options.serviceName }),
  });
  const fail = (message: string, cause?: unknown) => new CollectorError({ collectorId, message, cause });
  const resolve = (subject: ServiceSubject) => {
    try {
      return rule(subject);
    } catch (error) {
      throw fail(
        `The serviceName function threw for ${subject.kind} ${subject.namespace}/${subject.name}: ${describeError(error)}`,
        error,
      );
    }
  };
  const podSelectorFor = (alert: Alert): string | undefined => {
    if (typeof options.podSelector !== 'function') return options.podSelector;
    try {
      return options.podSelector(alert) || undefined;
    } catch (error) {
      throw fail(
        `The podSelector function threw: ${describeError(error)}. Fix it in the collector options.`,
        error,
      );
    }
  };

  async function collect({
    alert,
    window,
    abortSignal,
    maxItems,
  }: CollectorV1CollectOptions): Promise<CollectorV1Result> {
    const settings = {
      signal: abortSignal,
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      retries: options.retries ?? DEFAULT_RETRIES,
      retryDelayMs: options.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS,
      maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS,
      sleep: options.sleep ?? sleep,
    };
    const podPlan = sources.logs
      ? planPodListing(alert, { namespaces, podSelector: podSelectorFor(alert) })
      : null;
    const state = await readClusterState(
      {
        api,
        settings,
        pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
        maxListItems: options.maxListItems ?? DEFAULT_MAX_LIST_ITEMS,
        concurrency: options.concurrency ?? DEFAULT_CONCURRENCY,
      },
      { namespaces: namespaces ?? [null], events: sources.events, rollouts: sources.rollouts, pods: podPlan },
    );
    const index = indexWorkloads(state, resolve);
    const serviceOf = (namespace: string, kind: string, name: string) =>
      index.serviceOf(namespace, kind, name);
    const events = state.events
      .map((event) => eventToEvidence(event, { window, serviceOf }))
      .filter((item) => item !== null);
    const logs =
      podPlan !== null && podPlan.namespaces.length > 0
        ? await logEvidence({ api, plan: podPlan, state, settings, limits, window, resolve, ...logChoices })
        : { evidence: [], warnings: [], succeeded: 0, failed: 0 };
    const warnings = [...state.warnings, ...(podPlan?.warning ? [podPlan.warning] : []), ...logs.warnings];
    const succeeded = state.succeeded + logs.succeeded;
    const failed = state.failed + logs.failed;
    if (succeeded === 0 && failed > 0) {
      throw fail(
        `Nothing could be read from the Kubernetes API at ${api.server} (${failed} requests failed): ${warnings.slice(0, 3).join(' ')}`,
      );
    }
    const selected = selectWithinMaxItems(
      [...rolloutEvidence(state, window, resolve), ...events, ...logs.evidence],
      maxItems,
    );
    return {
      evidence: selected.evidence,
      warnings: selected.warning ? [...warnings, selected.warning] : warnings,
    };
  }

  const what = [
    sources.events && 'events',
    sources.rollouts && 'rollouts',
    sources.logs && 'pod logs',
  ].filter(Boolean);
  const scope = namespaces
    ? `${namespaces.length === 1 ? 'namespace' : 'namespaces'} ${namespaces.join(', ')}`
    : 'all namespaces';
  return defineCollector(collectorId, collect, {
    description: `Kubernetes ${what.join(', ')} in ${scope} of ${api.server}`,
  });
}
