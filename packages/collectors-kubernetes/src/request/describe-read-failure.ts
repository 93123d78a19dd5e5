import { describeError } from '../internal/describe-error.js';
import { KubernetesRequestError } from './kubernetes-request-error.js';

/** One read, as RBAC sees it, for messages that say which permission is missing. */
export interface ReadDescription {
  readonly verb: 'list' | 'get';
  /** `events`, `replicasets`, `controllerrevisions`, `pods` or `pods/log`. */
  readonly resource: string;
  /** `''` for the core group, `apps` for ReplicaSets and ControllerRevisions. */
  readonly apiGroup: string;
  /** `null` for a read across all namespaces. */
  readonly namespace: string | null;
  /** What was read, e.g. `list events in namespace "prod"`. */
  readonly what: string;
}

function permissionHint(read: ReadDescription): string {
  const group = read.apiGroup ? ` (API group "${read.apiGroup}")` : '';
  const grant = `Grant "${read.verb}" on "${read.resource}"${group}`;
  return read.namespace === null
    ? `${grant} cluster-wide (the ClusterRole in the README), or set namespaces to the namespaces you may read.`
    : `${grant} in namespace "${read.namespace}" (the Role in the README), or leave it out of namespaces.`;
}

/**
 * A warning for a failed read that says what was not read, why, and what to do: the missing permission on
 * 403, the credentials on 401, the timeout, an unreachable server, an unparseable answer, or the API
 * server's own message (with the number of attempts when retries ran out).
 */
export function describeReadFailure(read: ReadDescription, error: unknown, server: string): string {
  const prefix = `cannot ${read.what}`;
  if (!(error instanceof KubernetesRequestError)) return `${prefix}: ${describeError(error)}`;
  const serverMessage = error.serverMessage ? `: ${error.serverMessage}` : '';
  switch (error.failureKind) {
    case 'timeout':
      return `${prefix}: ${server} gave ${error.message}.`;
    case 'network':
      return `${prefix}: ${server} is unreachable, ${error.message}. Check the kubeconfig's server and the network.`;
    case 'malformed-body':
      return `${prefix}: ${error.message}. Check that ${server} is a Kubernetes API server, not a proxy or login page.`;
    case 'client':
      return `${prefix}: the Kubernetes client failed before sending: ${error.message}.`;
  }
  if (error.statusCode === 403)
    return `${prefix}: forbidden (HTTP 403${serverMessage}). ${permissionHint(read)}`;
  if (error.statusCode === 401) {
    return `${prefix}: ${server} rejected the credentials (HTTP 401). Check the kubeconfig user or the service account token.`;
  }
  const attempts = error.attempts > 1 ? ` (on all ${error.attempts} attempts)` : '';
  return `${prefix}: ${error.message}${attempts}.`;
}
