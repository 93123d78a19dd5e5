import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidInputError } from '@triagekit/core';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { loadKubeConfig } from './load-kube-config.js';

const directory = mkdtempSync(join(tmpdir(), 'kubeconfig-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

function kubeconfig(name: string, yaml: string): string {
  const path = join(directory, name);
  writeFileSync(path, yaml);
  return path;
}

const twoContexts = kubeconfig(
  'two-contexts.yaml',
  `apiVersion: v1
kind: Config
current-context: production
clusters:
- name: production
  cluster:
    server: https://api.prod.example.com:6443
    certificate-authority-data: ""
- name: local
  cluster:
    server: http://127.0.0.1:8001
    insecure-skip-tls-verify: true
contexts:
- name: production
  context: {cluster: production, user: reader}
- name: local
  context: {cluster: local, user: reader}
users:
- name: reader
  user: {token: read-only}
`,
);

function issuesOf(action: () => unknown): { path: string; message: string }[] {
  try {
    action();
  } catch (error) {
    expect(InvalidInputError.isInstance(error)).toBe(true);
    return [...(error as InvalidInputError).issues];
  }
  throw new Error('expected an InvalidInputError');
}

describe('loadKubeConfig', () => {
  it("uses a file's current context, or the context asked for", () => {
    expect(loadKubeConfig({ kubeconfigPath: twoContexts }).getCurrentCluster()?.server).toBe(
      'https://api.prod.example.com:6443',
    );
    const local = loadKubeConfig({ kubeconfigPath: twoContexts, context: 'local' });
    expect(local.getCurrentCluster()?.server).toBe('http://127.0.0.1:8001');
    expect(local.getCurrentUser()?.token).toBe('read-only');
  });

  it('names the contexts a kubeconfig has when the one asked for is missing', () => {
    expect(issuesOf(() => loadKubeConfig({ kubeconfigPath: twoContexts, context: 'staging' }))).toEqual([
      { path: 'context', message: 'no context "staging" in the kubeconfig (it has "production", "local")' },
    ]);
  });

  it('merges several files, the first current context winning', () => {
    const second = kubeconfig(
      'second.yaml',
      `apiVersion: v1
kind: Config
current-context: staging
clusters:
- name: staging
  cluster: {server: https://api.staging.example.com:6443}
contexts:
- name: staging
  context: {cluster: staging, user: staging-reader}
users:
- name: staging-reader
  user: {token: staging-read-only}
`,
    );
    const merged = loadKubeConfig({ kubeconfigPath: [twoContexts, second] });
    expect(merged.getCurrentContext()).toBe('production');
    expect(merged.getContexts().map((context) => context.name)).toEqual(['production', 'local', 'staging']);
  });

  it('names the file that cannot be read', () => {
    const missing = join(directory, 'missing.yaml');
    expect(issuesOf(() => loadKubeConfig({ kubeconfigPath: missing }))).toEqual([
      { path: 'kubeconfigPath', message: expect.stringContaining(`cannot load ${missing}: ENOENT`) },
    ]);
  });

  it('refuses plain http without insecure-skip-tls-verify, as the client would later', () => {
    const plain = kubeconfig(
      'plain-http.yaml',
      `apiVersion: v1
kind: Config
current-context: proxy
clusters:
- name: proxy
  cluster: {server: http://127.0.0.1:8001}
contexts:
- name: proxy
  context: {cluster: proxy, user: nobody}
users:
- name: nobody
  user: {}
`,
    );
    expect(issuesOf(() => loadKubeConfig({ kubeconfigPath: plain }))).toEqual([
      {
        path: 'kubeconfigPath',
        message:
          'cluster "proxy" uses plain http (http://127.0.0.1:8001); the Kubernetes client only allows that with insecure-skip-tls-verify: true',
      },
    ]);
  });

  it('says so when inCluster is asked for outside a pod', () => {
    vi.stubEnv('KUBERNETES_SERVICE_HOST', '');
    vi.stubEnv('KUBERNETES_SERVICE_PORT', '');
    expect(issuesOf(() => loadKubeConfig({ inCluster: true }))).toEqual([
      {
        path: 'inCluster',
        message: expect.stringMatching(/^KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set/),
      },
    ]);
  });

  it('points at the service account when inCluster runs inside a pod', () => {
    vi.stubEnv('KUBERNETES_SERVICE_HOST', '10.96.0.1');
    vi.stubEnv('KUBERNETES_SERVICE_PORT', '443');
    const config = loadKubeConfig({ inCluster: true });
    expect(config.getCurrentCluster()).toMatchObject({
      server: 'https://10.96.0.1:443',
      caFile: '/var/run/secrets/kubernetes.io/serviceaccount/ca.crt',
    });
  });
});
