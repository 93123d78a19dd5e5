import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestRepository } from '../__fixtures__/test-repository.js';
import { compileGlob } from './compile-glob.js';
import { DEFAULT_CHANGE_PATHS } from './default-change-paths.js';
import { normalizePathPattern, toPathspec } from './path-pattern.js';

// Paths chosen to sit on the edges of the patterns below: depth, prefixes, look-alike names.
const files = [
  'Chart.yaml',
  'Dockerfile',
  'Dockerfile.dev',
  'api.dockerfile',
  'compose.yaml',
  'docker-compose.prod.yml',
  'main.tf',
  'values.yaml',
  'values-prod.yml',
  'charts/payments/Chart.yaml',
  'charts/payments/templates/deploy.yaml',
  'helm/values-prod.yaml',
  'infra/live/prod/terragrunt.hcl',
  'infra/modules/db/main.tf',
  'infra/modules/db/main.tf.bak',
  'infra/prod.tfvars',
  'k8s/base/payments/deploy.yaml',
  'k8s/payments/kustomization.yaml',
  'k8s8/deploy.yaml',
  'kubernetes/checkout/hpa.yaml',
  'services/api/Dockerfile',
  'src/payments/handler.go',
  'src/payments/values.go',
  'terraform/rds.tf',
  'terraformer/readme.md',
];

const patterns = [
  ...DEFAULT_CHANGE_PATHS,
  'k8s',
  'k8s/*',
  'k8s/*/kustomization.yaml',
  'k8s/**/deploy.yaml',
  'infra/**/*.tf',
  'infra/*.tfvars',
  'src/pay*/',
  '*.tf',
  'charts/[a-p]*/**',
  '**/templates/**',
];

let root = '';
let repository: TestRepository;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'collectors-git-glob-'));
  repository = await TestRepository.create(root);
  await repository.write(Object.fromEntries(files.map((file) => [file, `${file}\n`])));
  await repository.git(['add', '--all']);
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('compileGlob agrees with git', () => {
  it.each(patterns)('matches the same files as git for %s', async (pattern) => {
    const normalized = normalizePathPattern(pattern);
    const fromGit = (await repository.git(['ls-files', '-z', '--', toPathspec(normalized)]))
      .split('\0')
      .filter((file) => file.length > 0)
      .sort();
    const matches = compileGlob(normalized);
    expect(files.filter((file) => matches(file)).sort()).toEqual(fromGit);
  });
});
