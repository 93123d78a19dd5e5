import { KubeConfig } from '@kubernetes/client-node';
import { InvalidInputError } from '@triagekit/core';
import { describe, expect, it } from 'vitest';
import type { KubernetesCollectorOptions } from './kubernetes-collector-options.js';
import { validateKubernetesCollectorOptions } from './validate-kubernetes-collector-options.js';

function issues(options: unknown): { path: string; message: string }[] {
  try {
    validateKubernetesCollectorOptions(options as KubernetesCollectorOptions);
  } catch (error) {
    expect(InvalidInputError.isInstance(error)).toBe(true);
    return [...(error as InvalidInputError).issues];
  }
  return [];
}

describe('validateKubernetesCollectorOptions', () => {
  it('accepts the defaults and a full set of valid options', () => {
    expect(issues({})).toEqual([]);
    expect(
      issues({
        collectorId: 'kubernetes:prod',
        kubeconfigPath: ['a.yaml', 'b.yaml'],
        context: 'prod',
        namespaces: ['prod', 'kube-system'],
        sources: { events: true, rollouts: false },
        serviceLabel: 'app.kubernetes.io/instance',
        serviceName: () => undefined,
        podSelector: 'app=payments',
        logs: { tailLines: 100, limitBytes: 1024, maxTotalBytes: 4096, maxPods: 2, previous: false },
        pageSize: 100,
        maxListItems: 1000,
        concurrency: 2,
        timeoutMs: 5000,
        retries: 0,
        retryDelayMs: 0,
        maxRetryAfterMs: 0,
      }),
    ).toEqual([]);
  });

  it('names every invalid option', () => {
    expect(
      issues({
        collectorId: 'has space',
        kubeConfig: new KubeConfig(),
        inCluster: true,
        context: 'prod',
        namespaces: ['prod', 'Not_A_Namespace'],
        sources: { events: false, rollouts: false, logs: false },
        podSelector: 42,
        logs: { tailLines: 0, maxPods: 1.5 },
        pageSize: -1,
        retries: -1,
        timeoutMs: '10s',
      }),
    ).toEqual([
      { path: 'collectorId', message: 'must be a non-empty string without whitespace, got "has space"' },
      { path: 'inCluster', message: 'use only one of kubeConfig, inCluster' },
      { path: 'context', message: 'set the context on your KubeConfig (setCurrentContext) instead' },
      { path: 'namespaces.1', message: 'must be a namespace name (RFC 1123 label), got "Not_A_Namespace"' },
      { path: 'sources', message: 'switches every source off; enable at least one' },
      { path: 'podSelector', message: 'must be a label selector or a function' },
      { path: 'logs.tailLines', message: 'must be a positive integer, got 0' },
      { path: 'logs.maxPods', message: 'must be a positive integer, got 1.5' },
      { path: 'pageSize', message: 'must be a positive integer, got -1' },
      { path: 'timeoutMs', message: 'must be a positive integer, got 10s' },
      { path: 'retries', message: 'must be a non-negative integer, got -1' },
    ]);
    expect(issues({ namespaces: [] })).toEqual([
      {
        path: 'namespaces',
        message: 'must be a non-empty array of namespace names (omit it for all namespaces)',
      },
    ]);
    expect(issues({ kubeconfigPath: ['ok.yaml', ''] })).toEqual([
      { path: 'kubeconfigPath', message: 'must be a file path or a non-empty array of file paths' },
    ]);
  });
});
