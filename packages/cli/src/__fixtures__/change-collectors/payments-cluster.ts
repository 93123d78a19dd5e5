import type {
  RecordedRequest,
  ReplayResponse,
} from '../../../../collectors-kubernetes/src/__fixtures__/kubernetes-replay-server.js';
import { STORY_MINUTES, timeFromAlert } from './payments-incident-story.js';
import { CRASHING_POD, PAYMENTS_POD_LOGS, RUNNING_POD } from './payments-pod-logs.js';

/** The namespace of the story's cluster. */
export const NAMESPACE = 'shop';
/** A pod of the unrelated service: the alert does not point at it, so its logs are never read. */
export const UNRELATED_POD = 'recommendations-84d6c7b9f-p9s2d';
/** The bearer token of the kubeconfig's user. */
export const KUBERNETES_TOKEN = 'replay-read-only-token';

interface ReplicaSetSpec {
  readonly deployment: string;
  readonly hash: string;
  readonly revision: number;
  readonly created: string;
  readonly image: string;
  readonly env: Readonly<Record<string, string>>;
  readonly changeCause?: string;
}

function replicaSet(spec: ReplicaSetSpec) {
  const labels = { app: spec.deployment, 'pod-template-hash': spec.hash };
  return {
    metadata: {
      name: `${spec.deployment}-${spec.hash}`,
      namespace: NAMESPACE,
      uid: `rs-${spec.hash}`,
      creationTimestamp: spec.created,
      labels,
      annotations: {
        'deployment.kubernetes.io/revision': String(spec.revision),
        ...(spec.changeCause ? { 'kubernetes.io/change-cause': spec.changeCause } : {}),
      },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: spec.deployment,
          uid: `deploy-${spec.deployment}`,
        },
      ],
    },
    spec: {
      replicas: 2,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          containers: [
            {
              name: spec.deployment,
              image: spec.image,
              env: Object.entries(spec.env).map(([name, value]) => ({ name, value })),
            },
          ],
        },
      },
    },
  };
}

function pod(name: string, app: string, image: string, restartCount: number) {
  const replicaSetName = name.slice(0, name.lastIndexOf('-'));
  const crashLooping = restartCount > 0;
  return {
    metadata: {
      name,
      namespace: NAMESPACE,
      uid: `pod-${name}`,
      creationTimestamp: timeFromAlert(STORY_MINUTES.paymentsRollout),
      labels: { app, 'pod-template-hash': replicaSetName.slice(app.length + 1) },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: replicaSetName, uid: 'rs' }],
    },
    spec: { containers: [{ name: app, image }], nodeName: 'node-a' },
    status: {
      phase: 'Running',
      containerStatuses: [
        {
          name: app,
          image,
          imageID: `${image}@sha256:${'0'.repeat(64)}`,
          ready: !crashLooping,
          restartCount,
          state: crashLooping
            ? {
                waiting: {
                  reason: 'CrashLoopBackOff',
                  message: 'back-off 1m20s restarting failed container',
                },
              }
            : { running: { startedAt: timeFromAlert(-19, -35) } },
          ...(crashLooping
            ? {
                lastState: {
                  terminated: {
                    exitCode: 1,
                    reason: 'Error',
                    startedAt: timeFromAlert(-4),
                    finishedAt: timeFromAlert(-3, -5),
                  },
                },
              }
            : {}),
        },
      ],
    },
  };
}

function event(
  involved: { kind: string; name: string },
  reason: string,
  type: 'Normal' | 'Warning',
  message: string,
  occurrences: { first: string; last: string; count: number },
) {
  return {
    metadata: { name: `${involved.name}.${reason.toLowerCase()}`, namespace: NAMESPACE, uid: `ev-${reason}` },
    involvedObject: { ...involved, namespace: NAMESPACE },
    reason,
    message,
    type,
    source: { component: involved.kind === 'Pod' ? 'kubelet' : 'deployment-controller' },
    firstTimestamp: occurrences.first,
    lastTimestamp: occurrences.last,
    count: occurrences.count,
  };
}

function once(time: string) {
  return { first: time, last: time, count: 1 };
}

const paymentsRollout = timeFromAlert(STORY_MINUTES.paymentsRollout);
const unrelatedRollout = timeFromAlert(STORY_MINUTES.unrelatedRollout);

const replicaSets = [
  replicaSet({
    deployment: 'payments',
    hash: '7c9d8b6f4',
    revision: 6,
    created: '2026-03-01T12:00:00Z',
    image: 'registry.example.com/shop/payments:1.41.2',
    env: { DB_POOL_SIZE: '20', LOG_FORMAT: 'text' },
  }),
  replicaSet({
    deployment: 'payments',
    hash: '5f7d8c9b6',
    revision: 7,
    created: paymentsRollout,
    image: 'registry.example.com/shop/payments:1.42.0',
    env: { DB_POOL_SIZE: '5', LOG_FORMAT: 'text' },
    changeCause: 'release payments 1.42.0',
  }),
  replicaSet({
    deployment: 'recommendations',
    hash: '6b8f9c7d5',
    revision: 11,
    created: '2026-02-27T16:00:00Z',
    image: 'registry.example.com/shop/recommendations:3.8.0',
    env: {},
  }),
  replicaSet({
    deployment: 'recommendations',
    hash: '84d6c7b9f',
    revision: 12,
    created: unrelatedRollout,
    image: 'registry.example.com/shop/recommendations:3.9.0',
    env: {},
  }),
];

const pods = [
  pod(CRASHING_POD, 'payments', 'registry.example.com/shop/payments:1.42.0', 3),
  pod(RUNNING_POD, 'payments', 'registry.example.com/shop/payments:1.42.0', 0),
  pod(UNRELATED_POD, 'recommendations', 'registry.example.com/shop/recommendations:3.9.0', 0),
];

const events = [
  event(
    { kind: 'Deployment', name: 'payments' },
    'ScalingReplicaSet',
    'Normal',
    'Scaled up replica set payments-5f7d8c9b6 to 2',
    once(paymentsRollout),
  ),
  event(
    { kind: 'Deployment', name: 'recommendations' },
    'ScalingReplicaSet',
    'Normal',
    'Scaled up replica set recommendations-84d6c7b9f to 2',
    once(unrelatedRollout),
  ),
  event(
    { kind: 'Pod', name: RUNNING_POD },
    'Unhealthy',
    'Warning',
    'Readiness probe failed: HTTP probe failed with statuscode: 503',
    { first: timeFromAlert(-11, 30), last: timeFromAlert(-2), count: 21 },
  ),
  event(
    { kind: 'Pod', name: CRASHING_POD },
    'BackOff',
    'Warning',
    'Back-off restarting failed container payments',
    { first: timeFromAlert(-10), last: timeFromAlert(-1), count: 14 },
  ),
];

function json(body: unknown): ReplayResponse {
  return { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } };
}

function list(kind: string, apiVersion: string, items: readonly unknown[]): ReplayResponse {
  return json({ kind, apiVersion, metadata: { resourceVersion: '48213402' }, items });
}

const lists: Readonly<Record<string, ReplayResponse>> = {
  [`/api/v1/namespaces/${NAMESPACE}/events`]: list('EventList', 'v1', events),
  [`/apis/apps/v1/namespaces/${NAMESPACE}/replicasets`]: list('ReplicaSetList', 'apps/v1', replicaSets),
  [`/apis/apps/v1/namespaces/${NAMESPACE}/controllerrevisions`]: list(
    'ControllerRevisionList',
    'apps/v1',
    [],
  ),
  [`/api/v1/namespaces/${NAMESPACE}/pods`]: list('PodList', 'v1', pods),
};

/**
 * The story's cluster as the API server answers it, for `startKubernetesReplayServer`: the lists of
 * namespace `shop` and the payments pods' logs (current, and previous for the crash-looping one).
 */
export function paymentsClusterRoutes(request: RecordedRequest): ReplayResponse | undefined {
  const listed = lists[request.path];
  if (listed) return listed;
  const logPath = /^\/api\/v1\/namespaces\/shop\/pods\/([^/]+)\/log$/.exec(request.path);
  const text =
    logPath &&
    PAYMENTS_POD_LOGS[`${logPath[1]}/${request.query.previous === 'true' ? 'previous' : 'current'}`];
  return text ? { body: text, headers: { 'Content-Type': 'text/plain' } } : undefined;
}

/** A kubeconfig whose only context points at `server` (plain http, so TLS verification is off). */
export function replayKubeconfigYaml(server: string): string {
  return `apiVersion: v1
kind: Config
clusters:
  - name: replay
    cluster:
      server: ${server}
      insecure-skip-tls-verify: true
users:
  - name: triagekit-reader
    user:
      token: ${KUBERNETES_TOKEN}
contexts:
  - name: replay
    context:
      cluster: replay
      user: triagekit-reader
      namespace: ${NAMESPACE}
current-context: replay
`;
}
