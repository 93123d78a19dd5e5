import { describe, expect, it } from 'vitest';
import { describeReadFailure, type ReadDescription } from './describe-read-failure.js';
import { KubernetesRequestError } from './kubernetes-request-error.js';

const server = 'https://api.prod.example.com:6443';
const replicaSets: ReadDescription = {
  verb: 'list',
  resource: 'replicasets',
  apiGroup: 'apps',
  namespace: 'prod',
  what: 'list replicasets in namespace "prod"',
};

function error(
  options: Partial<ConstructorParameters<typeof KubernetesRequestError>[0]>,
): KubernetesRequestError {
  return new KubernetesRequestError({ failureKind: 'http', message: 'HTTP', url: server, ...options });
}

describe('describeReadFailure', () => {
  it('names the verb, resource, API group and namespace a 403 lacks', () => {
    expect(
      describeReadFailure(
        replicaSets,
        error({ statusCode: 403, serverMessage: 'replicasets.apps is forbidden' }),
        server,
      ),
    ).toBe(
      'cannot list replicasets in namespace "prod": forbidden (HTTP 403: replicasets.apps is forbidden). Grant "list" on ' +
        '"replicasets" (API group "apps") in namespace "prod" (the Role in the README), or leave it out of namespaces.',
    );
  });

  it('says what to check for credentials, timeouts, unreachable servers and odd answers', () => {
    expect(describeReadFailure(replicaSets, error({ statusCode: 401 }), server)).toBe(
      `cannot list replicasets in namespace "prod": ${server} rejected the credentials (HTTP 401). Check the kubeconfig user or the service account token.`,
    );
    expect(
      describeReadFailure(
        replicaSets,
        error({ failureKind: 'network', message: 'no answer (ECONNREFUSED)' }),
        server,
      ),
    ).toBe(
      `cannot list replicasets in namespace "prod": ${server} is unreachable, no answer (ECONNREFUSED). Check the kubeconfig's server and the network.`,
    );
    expect(
      describeReadFailure(replicaSets, error({ failureKind: 'client', message: 'token expired' }), server),
    ).toBe(
      'cannot list replicasets in namespace "prod": the Kubernetes client failed before sending: token expired.',
    );
    expect(describeReadFailure(replicaSets, new Error('boom'), server)).toBe(
      'cannot list replicasets in namespace "prod": boom',
    );
  });
});
