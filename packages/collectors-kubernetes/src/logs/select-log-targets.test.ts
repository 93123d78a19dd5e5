import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { readAlertTargets } from '../services/alert-targets.js';
import { selectLogTargets } from './select-log-targets.js';

function pod(
  name: string,
  app: string,
  restarts: Record<string, number>,
  options: { crashLooping?: string } = {},
): V1Pod {
  return {
    metadata: { name, namespace: 'prod', labels: { app } },
    spec: { containers: Object.keys(restarts).map((container) => ({ name: container })) },
    status: {
      containerStatuses: Object.entries(restarts).map(([container, restartCount]) => ({
        name: container,
        image: 'x',
        imageID: 'x',
        ready: restartCount === 0,
        restartCount,
        ...(options.crashLooping === container ? { state: { waiting: { reason: 'CrashLoopBackOff' } } } : {}),
      })),
    },
  };
}

const pods = [
  pod('payments-b', 'payments', { api: 0, proxy: 0 }),
  pod('payments-a', 'payments', { api: 0, proxy: 0 }),
  pod('payments-c', 'payments', { api: 3, proxy: 0 }, { crashLooping: 'api' }),
  pod('checkout-a', 'checkout', { checkout: 9 }),
];
const identify = (item: V1Pod) => ({
  service: item.metadata?.labels?.app ?? null,
  workload: { kind: 'Deployment', name: `${item.metadata?.labels?.app}-api` },
});
const base = { identify, maxPods: 5, previous: true, matchAll: false };

function lines(selection: ReturnType<typeof selectLogTargets>): string[] {
  return selection.targets.map(
    (target) => `${target.pod}/${target.container}${target.previous ? ' (previous)' : ''}`,
  );
}

describe('selectLogTargets', () => {
  it("picks the alert's service's pods, crash-looping first, previous instances before current ones", () => {
    const selection = selectLogTargets(pods, { ...base, targets: readAlertTargets({ service: 'payments' }) });
    expect(lines(selection)).toEqual([
      'payments-c/api (previous)',
      'payments-c/api',
      'payments-c/proxy',
      'payments-a/api',
      'payments-a/proxy',
      'payments-b/api',
      'payments-b/proxy',
    ]);
    expect(selection.warnings).toEqual([]);
  });

  it('matches workload names, a named pod, a named container, and caps the pods with a warning', () => {
    const byWorkload = selectLogTargets(pods, {
      ...base,
      maxPods: 1,
      targets: readAlertTargets({ deployment: 'checkout-api' }),
    });
    expect(lines(byWorkload)).toEqual(['checkout-a/checkout (previous)', 'checkout-a/checkout']);
    const capped = selectLogTargets(pods, {
      ...base,
      maxPods: 1,
      targets: readAlertTargets({ app: 'payments', container: 'proxy' }),
    });
    expect(lines(capped)).toEqual(['payments-c/proxy']);
    expect(capped.warnings).toEqual([
      '3 pods match the alert; read the logs of 1 (crash-looping first; logs.maxPods)',
    ]);
    const named = selectLogTargets(pods, {
      ...base,
      targets: readAlertTargets({ pod: 'payments-b', service: 'checkout' }),
    });
    expect(lines(named)).toEqual(['payments-b/api', 'payments-b/proxy']);
  });

  it('takes every pod when a selector chose them, and skips previous instances when asked to', () => {
    const selection = selectLogTargets(pods, {
      ...base,
      matchAll: true,
      previous: false,
      targets: readAlertTargets({}),
    });
    expect(lines(selection)).toEqual([
      'checkout-a/checkout',
      'payments-c/api',
      'payments-c/proxy',
      'payments-a/api',
      'payments-a/proxy',
      'payments-b/api',
      'payments-b/proxy',
    ]);
  });
});
