import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { createKubernetesCollector } from '@triagekit/collectors-kubernetes';
import { InvalidInputError } from '@triagekit/core';
import { z } from 'zod';
import { defineCollectorConfig } from './define-collector-config.js';

const count = z.number().int().positive();

/** Where the kubeconfig is when the entry names none: `KUBECONFIG` (a list, as kubectl reads it), else `~/.kube/config`. */
function defaultKubeconfigPaths(environment: Readonly<Record<string, string | undefined>>): string[] {
  const listed = (environment.KUBECONFIG ?? '').split(delimiter).filter((path) => path.trim() !== '');
  return listed.length > 0 ? listed : [join(environment.HOME || homedir(), '.kube', 'config')];
}

/** Option names of the collector → field names of this entry, for error messages. */
const entryFields: Readonly<Record<string, string>> = { kubeconfigPath: 'kubeconfig', collectorId: 'id' };

/**
 * `{"type": "kubernetes", "namespaces": ["shop"]}`: events, rollouts and pod logs from a cluster, read-only.
 * Credentials: `kubeconfig` (relative to the config file; default `KUBECONFIG`, then `~/.kube/config`) with
 * an optional `context`, or `inCluster: true` for the pod's service account.
 */
export const kubernetesCollectorConfig = defineCollectorConfig({
  schema: z
    .object({
      /** Kubernetes events, Deployment/StatefulSet/DaemonSet rollouts and pod logs over the window. */
      type: z.literal('kubernetes'),
      id: z.string().min(1).optional(),
      /** Kubeconfig file, relative to the config file. */
      kubeconfig: z.string().min(1).optional(),
      context: z.string().min(1).optional(),
      /** Use the pod's service account instead of a kubeconfig. */
      inCluster: z.boolean().optional(),
      /** Namespaces to read; default all (needs a ClusterRole). */
      namespaces: z.array(z.string().min(1)).min(1).optional(),
      sources: z
        .object({
          events: z.boolean().optional(),
          rollouts: z.boolean().optional(),
          logs: z.boolean().optional(),
        })
        .strict()
        .optional(),
      /** A label naming the service on pods and workloads, e.g. `app.kubernetes.io/instance`. */
      serviceLabel: z.string().min(1).optional(),
      /** Label selector of the pods whose logs are read; default: the pods the alert names. */
      podSelector: z.string().min(1).optional(),
      logs: z
        .object({
          tailLines: count.optional(),
          limitBytes: count.optional(),
          maxTotalBytes: count.optional(),
          maxPods: count.optional(),
          previous: z.boolean().optional(),
        })
        .strict()
        .optional(),
      pageSize: count.optional(),
      maxListItems: count.optional(),
      concurrency: count.optional(),
      timeoutMs: count.optional(),
      retries: z.number().int().nonnegative().optional(),
    })
    .strict(),
  async create(entry, context) {
    if (entry.inCluster === true && entry.kubeconfig !== undefined) {
      throw new InvalidInputError({
        source: 'kubernetes collector entry',
        issues: [{ path: 'kubeconfig', message: 'use either kubeconfig or inCluster: true, not both' }],
      });
    }
    const { type: _type, id, kubeconfig, ...options } = entry;
    try {
      return [
        createKubernetesCollector({
          ...options,
          ...(id === undefined ? {} : { collectorId: id }),
          ...(entry.inCluster === true
            ? {}
            : {
                kubeconfigPath:
                  kubeconfig === undefined
                    ? defaultKubeconfigPaths(context.environment)
                    : resolve(context.baseDirectory, kubeconfig),
              }),
        }),
      ];
    } catch (error) {
      if (!InvalidInputError.isInstance(error)) throw error;
      // Name the fields as the config file spells them.
      throw new InvalidInputError({
        source: 'kubernetes collector entry',
        issues: error.issues.map((issue) => {
          const [head = '', ...rest] = issue.path.split('.');
          return { ...issue, path: [entryFields[head] ?? head, ...rest].join('.') };
        }),
        cause: error,
      });
    }
  },
});
