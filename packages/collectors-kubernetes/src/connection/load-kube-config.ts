import { KubeConfig } from '@kubernetes/client-node';
import { type InputIssue, InvalidInputError } from '@triagekit/core';
import { describeError } from '../internal/describe-error.js';

/** Where the cluster and credentials come from; at most one of `kubeConfig`, `kubeconfigPath`, `inCluster`. */
export interface KubeConfigSource {
  readonly kubeConfig?: KubeConfig;
  readonly kubeconfigPath?: string | readonly string[];
  readonly context?: string;
  readonly inCluster?: boolean;
}

const source = 'Kubernetes collector options';

function fail(issue: InputIssue, cause?: unknown): never {
  throw new InvalidInputError({ source, issues: [issue], cause });
}

function loadFiles(paths: readonly string[]): KubeConfig {
  const merged = new KubeConfig();
  paths.forEach((path, index) => {
    const next = new KubeConfig();
    try {
      next.loadFromFile(path);
      // kubectl's rule for KUBECONFIG lists: the first file that names a current context wins.
      if (index === 0) merged.loadFromOptions(next);
      else merged.mergeConfig(next, Boolean(merged.currentContext));
    } catch (error) {
      fail(
        {
          path: paths.length === 1 ? 'kubeconfigPath' : `kubeconfigPath.${index}`,
          message: `cannot load ${path}: ${describeError(error)}`,
        },
        error,
      );
    }
  });
  return merged;
}

function loadDefault(): KubeConfig {
  const config = new KubeConfig();
  try {
    config.loadFromDefault();
  } catch (error) {
    fail(
      { path: 'kubeconfigPath', message: `cannot load the default kubeconfig: ${describeError(error)}` },
      error,
    );
  }
  // The client's last resort is an unauthenticated http://localhost:8080; never talk to that unasked.
  if (
    config.getCurrentCluster()?.server === 'http://localhost:8080' &&
    config.getCurrentUser()?.name === 'user'
  ) {
    fail({
      path: 'kubeconfigPath',
      message:
        'no kubeconfig found (KUBECONFIG is unset, ~/.kube/config does not exist, and this is not a pod); ' +
        'set kubeconfigPath or inCluster',
    });
  }
  return config;
}

/**
 * Loads the cluster, user and context: a `KubeConfig` you built (used as is), kubeconfig files (several
 * are merged the way kubectl merges `KUBECONFIG`), the pod's service account (`inCluster`), or else the
 * client's default (`KUBECONFIG`, then `~/.kube/config`, then the service account). Then selects `context`.
 * Throws `InvalidInputError` naming the option when a file cannot be read, the context does not exist, no
 * cluster is selected, or the server is plain http without `insecure-skip-tls-verify` (the client refuses it).
 */
export function loadKubeConfig(options: KubeConfigSource): KubeConfig {
  let config: KubeConfig;
  if (options.kubeConfig !== undefined) {
    config = options.kubeConfig;
  } else if (options.inCluster === true) {
    if (!process.env.KUBERNETES_SERVICE_HOST || !process.env.KUBERNETES_SERVICE_PORT) {
      fail({
        path: 'inCluster',
        message:
          'KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set, so this is not running in a pod; ' +
          'use kubeconfigPath instead',
      });
    }
    config = new KubeConfig();
    config.loadFromCluster();
  } else if (options.kubeconfigPath !== undefined) {
    config = loadFiles(
      typeof options.kubeconfigPath === 'string' ? [options.kubeconfigPath] : options.kubeconfigPath,
    );
  } else {
    config = loadDefault();
  }
  if (options.context !== undefined) {
    if (config.getContextObject(options.context) === null) {
      const known = config.getContexts().map((context) => JSON.stringify(context.name));
      fail({
        path: 'context',
        message: `no context ${JSON.stringify(options.context)} in the kubeconfig (it has ${known.join(', ') || 'none'})`,
      });
    }
    config.setCurrentContext(options.context);
  }
  const cluster = config.getCurrentCluster();
  if (cluster === null) {
    fail({
      path: 'context',
      message: `the kubeconfig's current context ${JSON.stringify(config.getCurrentContext())} names no known cluster; set context`,
    });
  }
  if (cluster.server.startsWith('http:') && !cluster.skipTLSVerify) {
    fail({
      path: 'kubeconfigPath',
      message: `cluster ${JSON.stringify(cluster.name)} uses plain http (${cluster.server}); the Kubernetes client only allows that with insecure-skip-tls-verify: true`,
    });
  }
  return config;
}
