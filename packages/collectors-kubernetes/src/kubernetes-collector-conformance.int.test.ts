import { describeCollectorV1Conformance } from '@triagekit/core/testing';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  type KubernetesReplayServer,
  startKubernetesReplayServer,
} from './__fixtures__/kubernetes-replay-server.js';
import { CLUSTER_ROUTES, createReplayKubeConfig, podLogRoute } from './__fixtures__/replay-cluster.js';
import { createKubernetesCollector } from './kubernetes-collector.js';

let replay: KubernetesReplayServer | undefined;

beforeAll(async () => {
  replay = await startKubernetesReplayServer(CLUSTER_ROUTES, (request) =>
    podLogRoute(request.path, request.query),
  );
});

afterAll(async () => {
  expect(replay?.writeAttempts).toEqual([]);
  expect(replay?.requests.length).toBeGreaterThan(0);
  await replay?.close();
});

// Against the recorded cluster: every source, paginated events, previous logs of a crash-looping pod.
describeCollectorV1Conformance({
  name: 'kubernetes (namespaces prod and staging)',
  create: () =>
    createKubernetesCollector({
      kubeConfig: createReplayKubeConfig(replay?.server ?? ''),
      namespaces: ['prod', 'staging'],
    }),
});

describeCollectorV1Conformance({
  name: 'kubernetes (all namespaces)',
  create: () => createKubernetesCollector({ kubeConfig: createReplayKubeConfig(replay?.server ?? '') }),
});
