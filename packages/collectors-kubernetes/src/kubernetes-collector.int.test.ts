import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CollectorError, type CollectorV1, type EvidenceInput } from '@triagekit/core';
import { createSampleAlert, createSampleTimeWindow } from '@triagekit/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type KubernetesReplayServer,
  type ReplayResponse,
  startKubernetesReplayServer,
} from './__fixtures__/kubernetes-replay-server.js';
import {
  CLUSTER_ROUTES,
  createReplayKubeConfig,
  EVENTS_PAGE_1_TOKEN,
  EVENTS_RESUMED_TOKEN,
  podLogRoute,
  REPLAY_TOKEN,
} from './__fixtures__/replay-cluster.js';
import { createKubernetesCollector } from './kubernetes-collector.js';
import type { KubernetesCollectorOptions } from './kubernetes-collector-options.js';

const window = createSampleTimeWindow();
const x2x9k = '/api/v1/namespaces/prod/pods/payments-api-7d9c8b7f6d-x2x9k/log';
const q4w7z = '/api/v1/namespaces/prod/pods/payments-api-7d9c8b7f6d-q4w7z/log';
const since = 'sinceTime=2026-03-04T06%3A00%3A00Z';

let replay: KubernetesReplayServer | undefined;
let sleeps: number[] = [];

async function serve(
  overrides: Readonly<Record<string, ReplayResponse | readonly ReplayResponse[]>> = {},
): Promise<KubernetesReplayServer> {
  replay = await startKubernetesReplayServer({ ...CLUSTER_ROUTES, ...overrides }, (request) =>
    podLogRoute(request.path, request.query),
  );
  return replay;
}

function createCollector(options: Partial<KubernetesCollectorOptions> = {}): CollectorV1 {
  return createKubernetesCollector({
    kubeConfig: createReplayKubeConfig(replay?.server ?? ''),
    namespaces: ['prod', 'staging'],
    sleep: async (milliseconds) => {
      sleeps.push(milliseconds);
    },
    ...options,
  });
}

function collect(
  collector: CollectorV1,
  labels?: Record<string, string>,
  signal = new AbortController().signal,
) {
  const alert = createSampleAlert(labels ? { labels } : {});
  return collector.doCollect({ alert, window, abortSignal: signal, maxItems: 1000 });
}

function logLines(server: KubernetesReplayServer): string[] {
  return server.requestLines().filter((line) => line.includes('/log?'));
}

function byKind(evidence: readonly EvidenceInput[], kind: EvidenceInput['kind']): EvidenceInput[] {
  return evidence.filter((item) => item.kind === kind);
}

function iso(time: EvidenceInput['time']): string {
  return new Date(time).toISOString();
}

afterEach(async () => {
  // Whatever a test did: only authenticated GET requests ever reached the API server.
  expect(replay?.writeAttempts ?? []).toEqual([]);
  for (const request of replay?.requests ?? []) {
    expect(request.method).toBe('GET');
    expect(request.headers.authorization).toBe(`Bearer ${REPLAY_TOKEN}`);
  }
  await replay?.close();
  replay = undefined;
  sleeps = [];
});

describe('createKubernetesCollector against a replayed API server', () => {
  it('lists each namespace page by page, then reads the affected pods’ logs, previous containers first', async () => {
    const server = await serve();
    const { warnings } = await collect(createCollector());
    expect(warnings).toEqual([]);
    expect(server.requestLines().slice(0, 8).sort()).toEqual(
      [
        'GET /api/v1/namespaces/prod/events?limit=500',
        `GET /api/v1/namespaces/prod/events?continue=${EVENTS_PAGE_1_TOKEN}&limit=500`,
        'GET /api/v1/namespaces/staging/events?limit=500',
        'GET /apis/apps/v1/namespaces/prod/replicasets?limit=500',
        'GET /apis/apps/v1/namespaces/staging/replicasets?limit=500',
        'GET /apis/apps/v1/namespaces/prod/controllerrevisions?limit=500',
        'GET /apis/apps/v1/namespaces/staging/controllerrevisions?limit=500',
        'GET /api/v1/namespaces/prod/pods?limit=500',
      ].sort(),
    );
    const caps = 'limitBytes=262144';
    // The crash-looping pod first; containers in spec order; a restarted container's previous instance first.
    expect(logLines(server)).toEqual([
      `GET ${x2x9k}?container=payments-api&${caps}&previous=true&tailLines=500&timestamps=true&${since}`,
      `GET ${x2x9k}?container=payments-api&${caps}&tailLines=500&timestamps=true&${since}`,
      `GET ${x2x9k}?container=cloud-sql-proxy&${caps}&tailLines=500&timestamps=true&${since}`,
      `GET ${q4w7z}?container=payments-api&${caps}&tailLines=500&timestamps=true&${since}`,
      `GET ${q4w7z}?container=cloud-sql-proxy&${caps}&tailLines=500&timestamps=true&${since}`,
    ]);
    expect(server.requests).toHaveLength(13);
  });

  it('turns each revision created in the window into a change saying what changed', async () => {
    await serve();
    const { evidence } = await collect(createCollector());
    const changes = byKind(evidence, 'change').map((item) => [iso(item.time), item.service, item.text]);
    expect(changes).toEqual([
      [
        '2026-03-04T06:20:00.000Z',
        'log-shipper',
        'DaemonSet prod/log-shipper rolled out revision 4: command/args of fluent-bit changed',
      ],
      [
        '2026-03-04T07:30:00.000Z',
        'redis',
        'StatefulSet prod/redis rolled out revision 2: image redis: docker.io/library/redis:7.2.4 → docker.io/library/redis:7.2.5',
      ],
      [
        '2026-03-04T08:15:00.000Z',
        'checkout',
        'Deployment prod/checkout rolled out revision 4: env of checkout changed: DB_POOL_SIZE; pod template ' +
          'annotations changed: checksum/config (change-cause: raise DB pool to 50 (infra@a41c9e2))',
      ],
      [
        '2026-03-04T09:30:40.000Z',
        'search',
        'Deployment staging/search rolled out revision 12: image search: registry.example.com/shop/search:3.9.0 → ' +
          'registry.example.com/shop/search:3.10.0',
      ],
      [
        '2026-03-04T09:42:10.000Z',
        'payments',
        'Deployment prod/payments-api rolled out revision 7: image payments-api: ' +
          'registry.example.com/shop/payments-api:1.41.0 → registry.example.com/shop/payments-api:1.42.0 ' +
          '(change-cause: deploy payments-api 1.42.0 (pipeline 4182))',
      ],
    ]);
    const payments = byKind(evidence, 'change').find((item) => item.service === 'payments');
    expect(payments?.attributes).toMatchObject({
      changeType: 'rollout',
      workload: 'Deployment/prod/payments-api',
      revision: 7,
      previousRevision: 6,
      revisionObject: 'ReplicaSet/payments-api-7d9c8b7f6d',
      previousRevisionObject: 'ReplicaSet/payments-api-5b7c9d4f8b',
      imageChanged: true,
      configChanged: false,
    });
  });

  it('classifies the events of the window and names their services, pods gone included', async () => {
    await serve();
    const { evidence } = await collect(createCollector());
    const events = byKind(evidence, 'event').map((item) => [
      item.attributes?.reason,
      item.attributes?.reasonClass,
      item.severity,
      item.service,
      iso(item.time),
      item.attributes?.count,
    ]);
    expect(events).toEqual([
      ['ScalingReplicaSet', 'scaling', 'info', 'payments', '2026-03-04T09:42:10.000Z', 1],
      ['Pulling', 'image-pull', 'info', 'payments', '2026-03-04T09:42:12.000Z', 1],
      ['Pulled', 'image-pull', 'info', 'payments', '2026-03-04T09:42:19.000Z', 1],
      // A scheduler event: eventTime and series instead of timestamps and count, for a pod never listed.
      ['FailedScheduling', 'scheduling-failure', 'warning', 'payments', '2026-03-04T09:44:50.871Z', 5],
      ['Killing', 'container-stop', 'info', 'payments', '2026-03-04T09:43:05.000Z', 1],
      ['Unhealthy', 'probe-failure', 'warning', 'payments', '2026-03-04T10:06:02.000Z', 37],
      ['BackOff', 'back-off', 'warning', 'payments', '2026-03-04T10:04:40.000Z', 14],
      ['FailedMount', 'mount-failure', 'warning', 'checkout', '2026-03-04T08:16:30.000Z', 3],
      ['ScalingReplicaSet', 'scaling', 'info', 'search', '2026-03-04T09:30:41.000Z', 1],
      ['Evicted', 'eviction', 'warning', 'search', '2026-03-04T09:55:00.000Z', 1],
    ]);
    const backOff = byKind(evidence, 'event').find((item) => item.attributes?.reason === 'BackOff');
    expect(backOff?.text).toMatch(
      /^Pod prod\/payments-api-7d9c8b7f6d-x2x9k: Back-off restarting failed container payments-api in pod .+ \(×14 since 2026-03-04T09:51:02.000Z\)$/,
    );
  });

  it('reads the crash-looping container’s previous logs and detects each line’s severity', async () => {
    await serve();
    const { evidence } = await collect(createCollector());
    const logs = byKind(evidence, 'log');
    const previous = logs.filter((item) => item.attributes?.previous === true);
    expect(previous.map((item) => [item.severity, item.text])).toEqual([
      ['info', expect.stringContaining('"msg":"starting payments-api"')],
      ['info', expect.stringContaining('"msg":"connecting to database"')],
      ['error', expect.stringContaining('"msg":"database ping failed"')],
      ['critical', 'panic: database unavailable after 5 attempts'],
      ['unknown', 'goroutine 1 [running]:'],
      ['unknown', 'main.main()'],
      ['unknown', '\t/src/cmd/payments-api/main.go:88 +0x3c5'],
    ]);
    expect(previous[3]).toMatchObject({
      time: new Date('2026-03-04T10:01:59.998Z'),
      service: 'payments',
      attributes: {
        namespace: 'prod',
        pod: 'payments-api-7d9c8b7f6d-x2x9k',
        container: 'payments-api',
        previous: true,
        restartCount: 4,
      },
    });
    // 4 current lines of each payments-api container, 4 + 3 of the proxies (one line precedes the window).
    expect(logs).toHaveLength(previous.length + 4 + 4 + 4 + 3);
    expect(logs.every((item) => item.service === 'payments')).toBe(true);
  });

  it('reads all namespaces with cluster-wide lists when no namespaces are set', async () => {
    const server = await serve();
    const { evidence, warnings } = await collect(createCollector({ namespaces: undefined }));
    expect(warnings).toEqual([]);
    expect(server.requestLines().slice(0, 4).sort()).toEqual(
      [
        'GET /api/v1/events?limit=500',
        'GET /apis/apps/v1/replicasets?limit=500',
        'GET /apis/apps/v1/controllerrevisions?limit=500',
        // The alert names its namespace: only there are pods listed for logs.
        'GET /api/v1/namespaces/prod/pods?limit=500',
      ].sort(),
    );
    const oom = evidence.find((item) => item.attributes?.reason === 'OOMKilling');
    expect(oom).toMatchObject({
      kind: 'event',
      service: null,
      severity: 'warning',
      attributes: {
        reasonClass: 'out-of-memory',
        namespace: 'default',
        involvedObject: expect.stringMatching(/^Node\//),
      },
    });
    expect(new Set(byKind(evidence, 'event').map((item) => item.attributes?.namespace))).toEqual(
      new Set(['default', 'prod', 'staging']),
    );
    expect(byKind(evidence, 'change')).toHaveLength(5);
  });

  it('sends the page size as limit and follows continue tokens', async () => {
    const server = await serve();
    const { evidence } = await collect(
      createCollector({ pageSize: 4, sources: { rollouts: false, logs: false } }),
    );
    expect(server.requestLines().filter((line) => line.includes('/namespaces/prod/events'))).toEqual([
      'GET /api/v1/namespaces/prod/events?limit=4',
      `GET /api/v1/namespaces/prod/events?continue=${EVENTS_PAGE_1_TOKEN}&limit=4`,
    ]);
    expect(byKind(evidence, 'event').filter((item) => item.attributes?.namespace === 'prod')).toHaveLength(8);
  });

  it('stops a list at maxListItems with a warning', async () => {
    const server = await serve();
    const { evidence, warnings } = await collect(
      createCollector({ maxListItems: 3, namespaces: ['prod'], sources: { rollouts: false, logs: false } }),
    );
    expect(server.requestLines()).toEqual(['GET /api/v1/namespaces/prod/events?limit=500']);
    expect(evidence).toHaveLength(3);
    expect(warnings).toEqual([
      'listing events in namespace "prod": stopped at 3 items (maxListItems); the rest was not read',
    ]);
  });

  it('names the namespace and the missing permission on a 403, and reads the rest', async () => {
    await serve({
      '/api/v1/namespaces/staging/events': { status: 403, fixture: 'status-forbidden-events-staging.json' },
    });
    const { evidence, warnings } = await collect(createCollector());
    expect(warnings).toEqual([
      'cannot list events in namespace "staging": forbidden (HTTP 403: events is forbidden: User ' +
        '"system:serviceaccount:triage:triagekit" cannot list resource "events" in API group "" in the namespace ' +
        '"staging"). Grant "list" on "events" in namespace "staging" (the Role in the README), or leave it out of namespaces.',
    ]);
    expect(byKind(evidence, 'event').map((item) => item.attributes?.namespace)).not.toContain('staging');
    expect(byKind(evidence, 'event')).toHaveLength(8);
    expect(byKind(evidence, 'change').map((item) => item.attributes?.namespace)).toContain('staging');
  });

  it('asks for the cluster-wide permission when a cluster-wide list is forbidden', async () => {
    await serve({ '/api/v1/events': { status: 403, fixture: 'status-forbidden-events-staging.json' } });
    const { warnings } = await collect(createCollector({ namespaces: undefined, sources: { logs: false } }));
    expect(warnings).toEqual([
      expect.stringMatching(
        /^cannot list events in all namespaces: forbidden \(HTTP 403: .+\)\. Grant "list" on "events" cluster-wide \(the ClusterRole in the README\), or set namespaces to the namespaces you may read\.$/,
      ),
    ]);
  });

  it('goes on with the token a 410 Expired answer offers, with a warning', async () => {
    const server = await serve({
      [`/api/v1/namespaces/prod/events?continue=${EVENTS_PAGE_1_TOKEN}`]: {
        status: 410,
        fixture: 'status-expired-with-token.json',
      },
      [`/api/v1/namespaces/prod/events?continue=${EVENTS_RESUMED_TOKEN}`]: {
        fixture: 'events-prod-resumed.json',
      },
    });
    const { evidence, warnings } = await collect(
      createCollector({ namespaces: ['prod'], sources: { rollouts: false, logs: false } }),
    );
    expect(server.requestLines()).toEqual([
      'GET /api/v1/namespaces/prod/events?limit=500',
      `GET /api/v1/namespaces/prod/events?continue=${EVENTS_PAGE_1_TOKEN}&limit=500`,
      `GET /api/v1/namespaces/prod/events?continue=${EVENTS_RESUMED_TOKEN}&limit=500`,
    ]);
    expect(warnings).toEqual([
      'listing events in namespace "prod": the continue token expired (HTTP 410) after 4 items; went on with the ' +
        'token the API server offered, so the rest comes from a newer snapshot (objects changed meanwhile may be missing)',
    ]);
    expect(byKind(evidence, 'event').map((item) => item.attributes?.reason)).toEqual([
      'ScalingReplicaSet',
      'Pulling',
      'Pulled',
      'FailedScheduling',
      'BackOff',
      'FailedMount',
    ]);
  });

  it('restarts a list whose expired token came without a new one, without doubling items', async () => {
    const server = await serve({
      [`/api/v1/namespaces/prod/events?continue=${EVENTS_PAGE_1_TOKEN}`]: [
        { status: 410, fixture: 'status-expired.json' },
        { fixture: 'events-prod-page-2.json' },
      ],
    });
    const { evidence, warnings } = await collect(
      createCollector({ namespaces: ['prod'], sources: { rollouts: false, logs: false } }),
    );
    expect(server.requestLines()).toEqual([
      'GET /api/v1/namespaces/prod/events?limit=500',
      `GET /api/v1/namespaces/prod/events?continue=${EVENTS_PAGE_1_TOKEN}&limit=500`,
      'GET /api/v1/namespaces/prod/events?limit=500',
      `GET /api/v1/namespaces/prod/events?continue=${EVENTS_PAGE_1_TOKEN}&limit=500`,
    ]);
    expect(warnings).toEqual([
      'listing events in namespace "prod": the continue token expired (HTTP 410) after 4 items; restarted the list',
    ]);
    expect(evidence).toHaveLength(8);
  });

  it('waits as long as Retry-After asks after a 429, then succeeds', async () => {
    const server = await serve({
      '/apis/apps/v1/namespaces/prod/replicasets': [
        { status: 429, headers: { 'Retry-After': '1' }, fixture: 'status-too-many-requests.json' },
        { fixture: 'replica-sets-prod.json' },
      ],
    });
    const { evidence, warnings } = await collect(createCollector({ retryDelayMs: 250 }));
    expect(warnings).toEqual([]);
    expect(sleeps).toEqual([1000]);
    expect(server.requestLines().filter((line) => line.includes('/prod/replicasets'))).toHaveLength(2);
    expect(byKind(evidence, 'change').map((item) => item.service)).toContain('payments');
  });

  it('gives up after bounded retries of 500s with a warning, doubling the backoff, and keeps the rest', async () => {
    const server = await serve({
      '/apis/apps/v1/namespaces/prod/replicasets': { status: 500, fixture: 'status-internal-error.json' },
    });
    const { evidence, warnings } = await collect(createCollector({ retries: 2, retryDelayMs: 250 }));
    expect(sleeps).toEqual([250, 500]);
    expect(server.requestLines().filter((line) => line.includes('/prod/replicasets'))).toHaveLength(3);
    expect(warnings).toEqual([
      'cannot list replicasets in namespace "prod": HTTP 500 InternalError: Internal error occurred: etcdserver: ' +
        'request timed out (on all 3 attempts).',
    ]);
    expect(byKind(evidence, 'change').map((item) => item.service)).toEqual([
      'log-shipper',
      'redis',
      'search',
    ]);
    expect(byKind(evidence, 'log').length).toBeGreaterThan(0);
  });

  it('abandons a hanging request at its timeout with a warning and keeps the rest', async () => {
    const server = await serve({ '/api/v1/namespaces/staging/events': { hang: true } });
    const { evidence, warnings } = await collect(createCollector({ timeoutMs: 1500 }));
    expect(warnings).toEqual([
      `cannot list events in namespace "staging": ${server.server} gave no answer within 1500 ms (timeoutMs).`,
    ]);
    const hanging = server.requests.find((request) => request.path === '/api/v1/namespaces/staging/events');
    await hanging?.abandoned;
    expect(byKind(evidence, 'event')).toHaveLength(8);
  });

  it('reports a malformed answer as a warning', async () => {
    await serve({
      '/apis/apps/v1/namespaces/prod/controllerrevisions': {
        fixture: 'events-truncated.txt',
        headers: { 'Content-Type': 'application/json' },
      },
      '/apis/apps/v1/namespaces/staging/replicasets': {
        body: '<html><body>Sign in to continue</body></html>',
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      },
    });
    const { evidence, warnings } = await collect(createCollector());
    expect(warnings).toEqual([
      // The client hands a text/html body through as a string: no list in it.
      expect.stringMatching(
        /^cannot list replicasets in namespace "staging": the answer to the replicasets list has no "items" array\. Check that http:\/\/127\.0\.0\.1:\d+ is a Kubernetes API server/,
      ),
      expect.stringMatching(
        /^cannot list controllerrevisions in namespace "prod": the answer could not be parsed \(.+\)\. Check that/,
      ),
    ]);
    expect(byKind(evidence, 'change').map((item) => item.service)).toEqual(['checkout', 'payments']);
  });

  it('stops every request in flight when aborted mid-request, and rejects with the reason', async () => {
    const server = await serve();
    replay = await startKubernetesReplayServer(() => ({ hang: true }));
    await server.close();
    const controller = new AbortController();
    const pending = collect(createCollector({ concurrency: 2 }), undefined, controller.signal);
    await replay.request(1);
    const reason = new Error('the operator cancelled the run');
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    await Promise.all(replay.requests.map((request) => request.abandoned));
    expect(replay.requests).toHaveLength(2);
  });

  it('says when the cluster kept no previous logs, and still reads the current ones', async () => {
    const server = await serve();
    await server.close();
    replay = await startKubernetesReplayServer(CLUSTER_ROUTES, (request) =>
      request.query.previous === 'true'
        ? { status: 400, fixture: 'status-previous-not-found.json' }
        : podLogRoute(request.path, request.query),
    );
    const { evidence, warnings } = await collect(createCollector());
    expect(warnings).toEqual([
      'no previous logs of container payments-api in pod prod/payments-api-7d9c8b7f6d-x2x9k are kept by the cluster ' +
        '(HTTP 400: previous terminated container "payments-api" in pod "payments-api-7d9c8b7f6d-x2x9k" not found)',
    ]);
    const logs = byKind(evidence, 'log');
    expect(logs.some((item) => item.attributes?.previous === true)).toBe(false);
    expect(logs).toHaveLength(4 + 4 + 4 + 3);
  });

  it('caps log bytes and lines per container and in total, even when the server ignores the caps', async () => {
    const server = await serve();
    const { evidence, warnings } = await collect(
      createCollector({ logs: { tailLines: 2, limitBytes: 300, maxTotalBytes: 700 } }),
    );
    const requested = server.requests
      .filter((request) => request.path.endsWith('/log'))
      .map((request) => [
        request.query.container,
        request.query.previous ?? 'false',
        request.query.limitBytes,
        request.query.tailLines,
      ]);
    // 300 + 300 bytes, then what is left of the 700-byte budget, then nothing.
    expect(requested).toEqual([
      ['payments-api', 'true', '300', '2'],
      ['payments-api', 'false', '300', '2'],
      ['cloud-sql-proxy', 'false', '100', '2'],
    ]);
    expect(warnings).toEqual([
      'pod logs: read 700 bytes (logs.maxTotalBytes); skipped 2 more container logs, from the logs of container ' +
        'payments-api in pod prod/payments-api-7d9c8b7f6d-q4w7z on',
      'pod logs cut at the byte limit (logs.limitBytes / logs.maxTotalBytes), later lines missing: previous logs of ' +
        'container payments-api in pod prod/payments-api-7d9c8b7f6d-x2x9k; logs of container payments-api in pod ' +
        'prod/payments-api-7d9c8b7f6d-x2x9k; logs of container cloud-sql-proxy in pod prod/payments-api-7d9c8b7f6d-x2x9k',
    ]);
    const perContainer = new Map<string, number>();
    for (const item of byKind(evidence, 'log')) {
      const key = `${item.attributes?.container}:${item.attributes?.previous}`;
      perContainer.set(key, (perContainer.get(key) ?? 0) + 1);
      expect(Buffer.byteLength(String(item.text))).toBeLessThanOrEqual(300);
    }
    expect([...perContainer.values()].every((count) => count <= 2)).toBe(true);
  });

  it('reads only the pod and container the alert names', async () => {
    const server = await serve({ '/api/v1/namespaces/prod/pods': { fixture: 'pods-prod-one.json' } });
    const { evidence } = await collect(createCollector({ sources: { events: false, rollouts: false } }), {
      namespace: 'prod',
      pod: 'payments-api-7d9c8b7f6d-q4w7z',
      container: 'payments-api',
    });
    expect(server.requestLines()).toEqual([
      'GET /api/v1/namespaces/prod/pods?fieldSelector=metadata.name%3Dpayments-api-7d9c8b7f6d-q4w7z&limit=500',
      `GET ${q4w7z}?container=payments-api&limitBytes=262144&tailLines=500&timestamps=true&${since}`,
    ]);
    expect(evidence.map((item) => item.severity)).toEqual(['info', 'warning', 'error', 'info']);
  });

  it('lists pods with the podSelector when one is set', async () => {
    const server = await serve({ '/api/v1/namespaces/prod/pods': { fixture: 'pods-prod-one.json' } });
    await collect(
      createCollector({
        sources: { events: false, rollouts: false },
        podSelector: (alert) => `app.kubernetes.io/name=${alert.labels.service}`,
      }),
    );
    expect(server.requestLines()[0]).toBe(
      'GET /api/v1/namespaces/prod/pods?labelSelector=app.kubernetes.io%2Fname%3Dpayments&limit=500',
    );
    expect(logLines(server)).toHaveLength(2);
  });

  it('reads no logs, with a warning, when the alert names nothing to read them for', async () => {
    const server = await serve();
    const { warnings } = await collect(createCollector({ sources: { events: false } }), {
      alertname: 'NodeDown',
    });
    expect(server.requestLines().filter((line) => line.includes('/pods'))).toEqual([]);
    expect(warnings).toEqual([
      'pod logs: the alert names no pod, workload or service (labels such as pod, deployment, service, app); set ' +
        'podSelector to choose the pods whose logs are read',
    ]);
  });

  it('keeps rollouts first, then the most severe, then the newest items under maxItems', async () => {
    await serve();
    const { evidence, warnings } = await createCollector().doCollect({
      alert: createSampleAlert(),
      window,
      abortSignal: new AbortController().signal,
      maxItems: 7,
    });
    expect(evidence.map((item) => [item.kind, item.severity])).toEqual([
      ['change', 'info'],
      ['change', 'info'],
      ['change', 'info'],
      ['change', 'info'],
      ['change', 'info'],
      ['log', 'critical'],
      ['log', 'critical'],
    ]);
    expect(warnings).toEqual([expect.stringMatching(/^37 items in the window; kept 7 \(maxItems\)/)]);
  });

  it('rejects with a CollectorError naming the credentials when every request is refused', async () => {
    replay = await startKubernetesReplayServer(() => ({ status: 401, fixture: 'status-unauthorized.json' }));
    const error = await collect(createCollector()).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(CollectorError.isInstance(error)).toBe(true);
    expect((error as CollectorError).collectorId).toBe('kubernetes');
    expect((error as Error).message).toMatch(
      /^Nothing could be read from the Kubernetes API at http:\/\/127\.0\.0\.1:\d+ \(7 requests failed\): cannot list events in namespace "prod": http:\/\/127\.0\.0\.1:\d+ rejected the credentials \(HTTP 401\)/,
    );
  });

  it('reads its cluster and token from a kubeconfig file and context', async () => {
    const server = await serve();
    const directory = mkdtempSync(join(tmpdir(), 'kubeconfig-'));
    const path = join(directory, 'config');
    writeFileSync(
      path,
      [
        'apiVersion: v1',
        'kind: Config',
        'current-context: production',
        'clusters:',
        '- {name: production, cluster: {server: "https://kubernetes.invalid:6443"}}',
        `- {name: replay, cluster: {server: "${server.server}", insecure-skip-tls-verify: true}}`,
        'contexts:',
        '- {name: production, context: {cluster: production, user: reader}}',
        '- {name: replay, context: {cluster: replay, user: reader}}',
        'users:',
        `- {name: reader, user: {token: ${REPLAY_TOKEN}}}`,
        '',
      ].join('\n'),
    );
    try {
      const collector = createKubernetesCollector({
        kubeconfigPath: path,
        context: 'replay',
        namespaces: ['prod'],
      });
      expect(collector.description).toBe(
        `Kubernetes events, rollouts, pod logs in namespace prod of ${server.server}`,
      );
      const { evidence } = await collect(collector);
      expect(byKind(evidence, 'change').length).toBeGreaterThan(0);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
