import { KubeConfig } from '@kubernetes/client-node';
import type { ReplayResponse } from './kubernetes-replay-server.js';

/** The continue token of `events-prod-page-1.json`. */
export const EVENTS_PAGE_1_TOKEN =
  'eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6NDgyMTMzOTAsInN0YXJ0IjoicGF5bWVudHMtYXBpLTdkOWM4YjdmNmQteno1dDIuMThhOWMxYjViNmM3ZDhlOVx1MDAwMCJ9';
/** The continue token `status-expired-with-token.json` offers. */
export const EVENTS_RESUMED_TOKEN =
  'eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6NDgyMTk5MTEsInN0YXJ0IjoicGF5bWVudHMtYXBpLTdkOWM4YjdmNmQtcTR3N3ouMThhOWMyZjBhMWIyYzNkNFx1MDAwMCJ9';

/** The bearer token the replay kubeconfig's user sends. */
export const REPLAY_TOKEN = 'replay-read-only-token';

const pods = '/api/v1/namespaces/prod/pods';
const x2x9k = `${pods}/payments-api-7d9c8b7f6d-x2x9k/log`;
const q4w7z = `${pods}/payments-api-7d9c8b7f6d-q4w7z/log`;

/**
 * The recorded cluster, by request path: namespaces `prod` (payments-api crash-looping after its 1.42.0
 * rollout, a checkout config change, redis and log-shipper revisions) and `staging` (a search rollout and
 * an eviction), as the API server answered. Tests override single routes.
 */
export const CLUSTER_ROUTES: Readonly<Record<string, ReplayResponse | readonly ReplayResponse[]>> = {
  '/api/v1/namespaces/prod/events': { fixture: 'events-prod-page-1.json' },
  [`/api/v1/namespaces/prod/events?continue=${EVENTS_PAGE_1_TOKEN}`]: { fixture: 'events-prod-page-2.json' },
  '/api/v1/namespaces/staging/events': { fixture: 'events-staging.json' },
  '/apis/apps/v1/namespaces/prod/replicasets': { fixture: 'replica-sets-prod.json' },
  '/apis/apps/v1/namespaces/staging/replicasets': { fixture: 'replica-sets-staging.json' },
  '/apis/apps/v1/namespaces/prod/controllerrevisions': { fixture: 'controller-revisions-prod.json' },
  '/apis/apps/v1/namespaces/staging/controllerrevisions': { fixture: 'controller-revisions-staging.json' },
  '/api/v1/events': { fixture: 'events-all-namespaces.json' },
  '/apis/apps/v1/replicasets': { fixture: 'replica-sets-all-namespaces.json' },
  '/apis/apps/v1/controllerrevisions': { fixture: 'controller-revisions-all-namespaces.json' },
  [pods]: { fixture: 'pods-prod.json' },
};

/** Pod log answers, chosen by pod, container and `previous`. */
export function podLogRoute(
  path: string,
  query: Readonly<Record<string, string>>,
): ReplayResponse | undefined {
  const previous = query.previous === 'true';
  if (path === x2x9k && query.container === 'payments-api') {
    return {
      fixture: previous ? 'log-payments-api-x2x9k-previous.txt' : 'log-payments-api-x2x9k-current.txt',
    };
  }
  if (previous) return undefined;
  if (path === x2x9k && query.container === 'cloud-sql-proxy')
    return { fixture: 'log-cloud-sql-proxy-x2x9k-current.txt' };
  if (path === q4w7z && query.container === 'payments-api')
    return { fixture: 'log-payments-api-q4w7z-current.txt' };
  if (path === q4w7z && query.container === 'cloud-sql-proxy')
    return { fixture: 'log-cloud-sql-proxy-q4w7z-current.txt' };
  return undefined;
}

/** A kubeconfig whose only context points at the replay server, as a user with a bearer token. */
export function createReplayKubeConfig(server: string): KubeConfig {
  const kubeConfig = new KubeConfig();
  kubeConfig.loadFromOptions({
    clusters: [{ name: 'replay', server, skipTLSVerify: true }],
    users: [{ name: 'triagekit-reader', token: REPLAY_TOKEN }],
    contexts: [{ name: 'replay', cluster: 'replay', user: 'triagekit-reader', namespace: 'prod' }],
    currentContext: 'replay',
  });
  return kubeConfig;
}
