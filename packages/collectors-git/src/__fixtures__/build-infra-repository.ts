import { toGitDate } from './test-git-environment.js';
import { TestRepository } from './test-repository.js';

/** The unicode commit's message: multi-line, tabs, emoji, CJK, and bytes that look like our separators. */
export const UNICODE_MESSAGE =
  'Déploiement: raise 💳 pool to 20 — 支払い\n\nWhy:\n\t• checkout retries spiked\n\t• record separator \u001e and "\u001eCOMMIT" inside\n%x00 stays text\n';

/** Paths of the unicode commit: accents, a space and a newline in file names. */
export const UNICODE_PATHS = [
  'k8s/paiements/déploiement.yaml',
  'k8s/payments/with space.yaml',
  'k8s/payments/new\nline.yaml',
];

/**
 * Builds the main scenario repository around the sample window (2026-03-04 06:00 to 10:15 UTC) and returns
 * the sha of each commit by name. Committer times, newest last:
 *
 * - `initial` 03-03 12:00 (k8s, terraform, src), `beforeWindow` 05:59:59 — before the window;
 * - `atStart` 06:00:00 (terraform) — on the window's start;
 * - `codeOnly` 06:30 (src only) — outside the configured paths;
 * - `codeAndConfig` 07:00 (src and k8s/checkout);
 * - `iacAnywhere` 07:30 (Dockerfile, .tf, Chart.yaml, values-prod.yaml deep in the tree, and a README);
 * - `rebased` 08:00, authored 03-01 10:00 (k8s/payments);
 * - `rename` 08:30 (k8s/payments/worker.yaml → k8s/checkout/worker.yaml);
 * - `featureOld` 03-02 (side branch), `featureNew` 09:10 (side branch), `search` 09:00 (main),
 *   `merge` 09:20 (merges the side branch into main with a merge commit);
 * - `skewed` committed at 05:30 by a slow clock, on main after the merge;
 * - `unicode` 10:15:00 — on the window's end (see {@link UNICODE_MESSAGE}, {@link UNICODE_PATHS});
 * - `afterWindow` 10:15:01.
 */
export async function buildInfraRepository(path: string): Promise<Record<string, string>> {
  const repository = await TestRepository.create(path);
  const sha: Record<string, string> = {};
  sha.initial = await repository.commitFiles(
    {
      'k8s/payments/deploy.yaml': 'replicas: 2\n',
      'k8s/payments/worker.yaml': 'kind: Deployment\nname: worker\n',
      'k8s/checkout/deploy.yaml': 'replicas: 2\n',
      'terraform/main.tf': 'module "vpc" {}\n',
      'src/app.go': 'package main\n',
    },
    'Initial layout',
    { at: '2026-03-03T12:00:00Z' },
  );
  sha.beforeWindow = await repository.commitFiles(
    { 'k8s/payments/deploy.yaml': 'replicas: 3\n' },
    'Just before the window',
    { at: '2026-03-04T05:59:59Z' },
  );
  sha.atStart = await repository.commitFiles(
    { 'terraform/main.tf': 'module "vpc" { cidr = "10.0.0.0/16" }\n' },
    'At the window start',
    { at: '2026-03-04T06:00:00Z' },
  );
  sha.codeOnly = await repository.commitFiles(
    { 'src/app.go': 'package main\n\nfunc main() {}\n' },
    'Only application code',
    { at: '2026-03-04T06:30:00Z' },
  );
  sha.codeAndConfig = await repository.commitFiles(
    { 'src/app.go': 'package main\n\nfunc main() { run() }\n', 'k8s/checkout/deploy.yaml': 'replicas: 4\n' },
    'Code and config',
    { at: '2026-03-04T07:00:00Z' },
  );
  sha.iacAnywhere = await repository.commitFiles(
    {
      'services/api/Dockerfile': 'FROM node:20\n',
      'infra/modules/db/main.tf': 'resource "aws_db_instance" "main" {}\n',
      'deploy/chart/Chart.yaml': 'name: api\n',
      'values-prod.yaml': 'replicas: 6\n',
      'docs/README.md': 'How to deploy\n',
    },
    'IaC files anywhere',
    { at: '2026-03-04T07:30:00Z' },
  );
  sha.rebased = await repository.commitFiles(
    { 'k8s/payments/hpa.yaml': 'maxReplicas: 10\n' },
    'Rebased change from last week',
    { at: '2026-03-04T08:00:00Z', authoredAt: '2026-03-01T10:00:00Z' },
  );
  await repository.git(['mv', 'k8s/payments/worker.yaml', 'k8s/checkout/worker.yaml']);
  sha.rename = await repository.commit('Move worker from payments to checkout', {
    at: '2026-03-04T08:30:00Z',
  });
  await repository.git(['checkout', '--quiet', '-b', 'feature/payments-pool']);
  sha.featureOld = await repository.commitFiles(
    { 'k8s/payments/configmap.yaml': 'pool: 10\n' },
    'Raise pool size',
    { at: '2026-03-02T15:00:00Z' },
  );
  sha.featureNew = await repository.commitFiles(
    { 'helm/payments/values.yaml': 'pool: 20\n' },
    'Raise pool in the chart too',
    { at: '2026-03-04T09:10:00Z' },
  );
  await repository.git(['checkout', '--quiet', 'main']);
  sha.search = await repository.commitFiles({ 'k8s/search/deploy.yaml': 'replicas: 1\n' }, 'Deploy search', {
    at: '2026-03-04T09:00:00Z',
  });
  await repository.git(
    [
      'merge',
      '--quiet',
      '--no-ff',
      '--no-edit',
      '-m',
      'Merge feature/payments-pool',
      'feature/payments-pool',
    ],
    {
      GIT_AUTHOR_DATE: toGitDate('2026-03-04T09:20:00Z'),
      GIT_COMMITTER_DATE: toGitDate('2026-03-04T09:20:00Z'),
    },
  );
  sha.merge = (await repository.git(['rev-parse', 'HEAD'])).trim();
  sha.skewed = await repository.commitFiles(
    { 'k8s/checkout/pdb.yaml': 'minAvailable: 1\n' },
    'Committed with a slow clock',
    { at: '2026-03-04T05:30:00Z' },
  );
  sha.unicode = await repository.commitFiles(
    Object.fromEntries(UNICODE_PATHS.map((file) => [file, 'pool: 20\n'])),
    UNICODE_MESSAGE,
    { at: '2026-03-04T10:15:00Z', authorName: 'Zoë Ångström', authorEmail: 'zoe@example.com' },
  );
  sha.afterWindow = await repository.commitFiles(
    { 'k8s/payments/deploy.yaml': 'replicas: 8\n' },
    'After the window',
    { at: '2026-03-04T10:15:01Z' },
  );
  return sha;
}
