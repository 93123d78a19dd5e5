import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidInputError, parseOrThrow } from '@triagekit/core';
import { afterAll, describe, expect, it } from 'vitest';
import { kubernetesCollectorConfig } from './kubernetes-collector-config.js';

const directory = mkdtempSync(join(tmpdir(), 'kubernetes-config-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const kubeconfig = `apiVersion: v1
kind: Config
current-context: prod
clusters:
- {name: prod, cluster: {server: "https://api.prod.example.com:6443"}}
- {name: staging, cluster: {server: "https://api.staging.example.com:6443"}}
contexts:
- {name: prod, context: {cluster: prod, user: reader}}
- {name: staging, context: {cluster: staging, user: reader}}
users:
- {name: reader, user: {token: read-only}}
`;
writeFileSync(join(directory, 'kubeconfig.yaml'), kubeconfig);

function issues(entry: unknown): { path: string; message: string }[] {
  try {
    parseOrThrow(kubernetesCollectorConfig.schema, entry, 'config file');
  } catch (error) {
    expect(InvalidInputError.isInstance(error)).toBe(true);
    return [...(error as InvalidInputError).issues];
  }
  return [];
}

async function createError(
  entry: unknown,
  environment: Record<string, string> = {},
): Promise<InvalidInputError> {
  const parsed = parseOrThrow(kubernetesCollectorConfig.schema, entry, 'config file');
  const error = await kubernetesCollectorConfig
    .create(parsed, { baseDirectory: directory, environment })
    .then(
      () => undefined,
      (caught: unknown) => caught,
    );
  expect(InvalidInputError.isInstance(error)).toBe(true);
  return error as InvalidInputError;
}

describe('kubernetesCollectorConfig', () => {
  it('accepts a minimal entry and a full one', () => {
    expect(issues({ type: 'kubernetes' })).toEqual([]);
    expect(
      issues({
        type: 'kubernetes',
        id: 'kubernetes-prod',
        kubeconfig: './kubeconfig.yaml',
        context: 'prod',
        namespaces: ['shop'],
        sources: { events: true, rollouts: true, logs: false },
        serviceLabel: 'app.kubernetes.io/instance',
        podSelector: 'app=payments',
        logs: { tailLines: 200, limitBytes: 65536, maxTotalBytes: 1048576, maxPods: 3, previous: true },
        pageSize: 250,
        maxListItems: 5000,
        concurrency: 2,
        timeoutMs: 5000,
        retries: 1,
      }),
    ).toEqual([]);
  });

  it('names a misspelt or invalid field', () => {
    expect(issues({ type: 'kubernetes', namespace: 'shop' })).toEqual([
      { path: '', message: expect.stringContaining('"namespace"') },
    ]);
    expect(issues({ type: 'kubernetes', logs: { tailLines: 0 } })).toEqual([
      { path: 'logs.tailLines', message: expect.stringContaining('got 0') },
    ]);
    expect(issues({ type: 'kubernetes', namespaces: [] }).map((issue) => issue.path)).toEqual(['namespaces']);
  });

  it('resolves kubeconfig against the config file and selects the context', async () => {
    const entry = parseOrThrow(
      kubernetesCollectorConfig.schema,
      {
        type: 'kubernetes',
        id: 'kubernetes-staging',
        kubeconfig: 'kubeconfig.yaml',
        context: 'staging',
        namespaces: ['shop'],
      },
      'config file',
    );
    const [collector] = await kubernetesCollectorConfig.create(entry, {
      baseDirectory: directory,
      environment: {},
    });
    expect(collector?.collectorId).toBe('kubernetes-staging');
    expect(collector?.description).toBe(
      'Kubernetes events, rollouts, pod logs in namespace shop of https://api.staging.example.com:6443',
    );
  });

  it('falls back to KUBECONFIG, then ~/.kube/config, naming the field when the file is missing', async () => {
    const [fromEnvironment] = await kubernetesCollectorConfig.create(
      parseOrThrow(kubernetesCollectorConfig.schema, { type: 'kubernetes' }, 'config file'),
      { baseDirectory: '/', environment: { KUBECONFIG: join(directory, 'kubeconfig.yaml') } },
    );
    expect(fromEnvironment?.description).toContain('https://api.prod.example.com:6443');
    const missing = await createError({ type: 'kubernetes' }, { HOME: join(directory, 'no-home') });
    expect(missing.issues).toEqual([
      { path: 'kubeconfig', message: expect.stringContaining(join(directory, 'no-home', '.kube', 'config')) },
    ]);
  });

  it('refuses kubeconfig together with inCluster, and an unknown context', async () => {
    expect(
      (await createError({ type: 'kubernetes', kubeconfig: 'kubeconfig.yaml', inCluster: true })).issues,
    ).toEqual([{ path: 'kubeconfig', message: 'use either kubeconfig or inCluster: true, not both' }]);
    expect(
      (await createError({ type: 'kubernetes', kubeconfig: 'kubeconfig.yaml', context: 'dev' })).issues,
    ).toEqual([
      { path: 'context', message: 'no context "dev" in the kubeconfig (it has "prod", "staging")' },
    ]);
  });
});
