import { type InputIssue, InvalidInputError } from '@triagekit/core';
import {
  checkBoolean,
  checkNonBlankString,
  checkNonNegativeInteger,
  checkPositiveInteger,
} from './internal/option-checks.js';
import type { KubernetesCollectorOptions } from './kubernetes-collector-options.js';

// RFC 1123 label: what Kubernetes accepts as a namespace name.
const namespaceName = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

function checkNamespaces(value: unknown): InputIssue[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length === 0) {
    return [
      {
        path: 'namespaces',
        message: 'must be a non-empty array of namespace names (omit it for all namespaces)',
      },
    ];
  }
  return value.flatMap((item, index) =>
    typeof item === 'string' && namespaceName.test(item)
      ? []
      : [
          {
            path: `namespaces.${index}`,
            message: `must be a namespace name (RFC 1123 label), got ${JSON.stringify(item)}`,
          },
        ],
  );
}

function checkConnection(options: KubernetesCollectorOptions): InputIssue[] {
  const given = (['kubeConfig', 'kubeconfigPath', 'inCluster'] as const).filter((key) =>
    key === 'inCluster' ? options.inCluster === true : options[key] !== undefined,
  );
  const issues: InputIssue[] =
    given.length > 1 ? [{ path: given[1] as string, message: `use only one of ${given.join(', ')}` }] : [];
  const path = options.kubeconfigPath;
  if (
    path !== undefined &&
    !(typeof path === 'string'
      ? path.trim()
      : Array.isArray(path) &&
        path.length > 0 &&
        path.every((item) => typeof item === 'string' && item.trim()))
  ) {
    issues.push({
      path: 'kubeconfigPath',
      message: 'must be a file path or a non-empty array of file paths',
    });
  }
  if (options.kubeConfig !== undefined && typeof options.kubeConfig?.makeApiClient !== 'function') {
    issues.push({ path: 'kubeConfig', message: 'must be a KubeConfig from @kubernetes/client-node' });
  }
  if (options.context !== undefined && options.kubeConfig !== undefined) {
    issues.push({
      path: 'context',
      message: 'set the context on your KubeConfig (setCurrentContext) instead',
    });
  }
  return [
    ...issues,
    ...checkNonBlankString('context', options.context),
    ...checkBoolean('inCluster', options.inCluster),
  ];
}

function checkFunctionOrString(path: string, value: unknown, allowString: boolean): InputIssue[] {
  if (value === undefined || typeof value === 'function') return [];
  if (allowString && typeof value === 'string' && value.trim()) return [];
  return [{ path, message: allowString ? 'must be a label selector or a function' : 'must be a function' }];
}

/**
 * Checks every option and throws one `InvalidInputError` naming each invalid one (an empty or malformed
 * namespace, two connection sources, a non-positive limit, every source switched off, ...).
 */
export function validateKubernetesCollectorOptions(options: KubernetesCollectorOptions): void {
  const sources = options.sources ?? {};
  const logs = options.logs ?? {};
  const issues: InputIssue[] = [
    ...(options.collectorId === undefined ||
    (typeof options.collectorId === 'string' && /^\S+$/.test(options.collectorId))
      ? []
      : [
          {
            path: 'collectorId',
            message: `must be a non-empty string without whitespace, got ${JSON.stringify(options.collectorId)}`,
          },
        ]),
    ...checkConnection(options),
    ...checkNamespaces(options.namespaces),
    ...checkBoolean('sources.events', sources.events),
    ...checkBoolean('sources.rollouts', sources.rollouts),
    ...checkBoolean('sources.logs', sources.logs),
    ...(sources.events === false && sources.rollouts === false && sources.logs === false
      ? [{ path: 'sources', message: 'switches every source off; enable at least one' }]
      : []),
    ...checkNonBlankString('serviceLabel', options.serviceLabel),
    ...checkFunctionOrString('serviceName', options.serviceName, false),
    ...checkFunctionOrString('podSelector', options.podSelector, true),
    ...checkPositiveInteger('logs.tailLines', logs.tailLines),
    ...checkPositiveInteger('logs.limitBytes', logs.limitBytes),
    ...checkPositiveInteger('logs.maxTotalBytes', logs.maxTotalBytes),
    ...checkPositiveInteger('logs.maxPods', logs.maxPods),
    ...checkBoolean('logs.previous', logs.previous),
    ...checkPositiveInteger('pageSize', options.pageSize),
    ...checkPositiveInteger('maxListItems', options.maxListItems),
    ...checkPositiveInteger('concurrency', options.concurrency),
    ...checkPositiveInteger('timeoutMs', options.timeoutMs),
    ...checkNonNegativeInteger('retries', options.retries),
    ...checkNonNegativeInteger('retryDelayMs', options.retryDelayMs),
    ...checkNonNegativeInteger('maxRetryAfterMs', options.maxRetryAfterMs),
    ...checkFunctionOrString('sleep', options.sleep, false),
  ];
  if (issues.length > 0) throw new InvalidInputError({ source: 'Kubernetes collector options', issues });
}
