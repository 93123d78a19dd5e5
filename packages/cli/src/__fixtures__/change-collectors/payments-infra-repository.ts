import { TestRepository } from '../../../../collectors-git/src/__fixtures__/test-repository.js';
import { STORY_MINUTES, timeFromAlert } from './payments-incident-story.js';

function paymentsManifest(image: string, poolSize: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments
  namespace: shop
spec:
  template:
    spec:
      containers:
        - name: payments
          image: registry.example.com/shop/payments:${image}
          env:
            - name: DB_POOL_SIZE
              value: "${poolSize}"
`;
}

function rdsTerraform(instanceClass: string): string {
  return `resource "aws_db_instance" "payments" {\n  identifier     = "payments-db"\n  instance_class = "${instanceClass}"\n}\n`;
}

/** The shas of the story's commits, by step. */
export interface PaymentsInfraCommits {
  readonly initial: string;
  readonly terraform: string;
  readonly readme: string;
  readonly payments: string;
}

/**
 * Builds the story's infrastructure repository with the git binary, committer times relative to the
 * alert: the layout days before the window; a Terraform downsize of the payments database (3 h before);
 * a README edit (outside the change paths, so never a change); the payments 1.42.0 release manifest
 * (25 min before).
 */
export async function buildPaymentsInfraRepository(path: string): Promise<PaymentsInfraCommits> {
  const repository = await TestRepository.create(path);
  const initial = await repository.commitFiles(
    {
      'k8s/payments/deployment.yaml': paymentsManifest('1.41.2', 20),
      'k8s/recommendations/deployment.yaml': 'image: registry.example.com/shop/recommendations:3.8.0\n',
      'terraform/rds.tf': rdsTerraform('db.r6g.xlarge'),
      'README.md': '# infra\n',
    },
    'Initial layout',
    { at: '2026-03-01T09:00:00Z' },
  );
  const terraform = await repository.commitFiles(
    { 'terraform/rds.tf': rdsTerraform('db.r6g.large') },
    'rds: downsize payments-db to db.r6g.large\n\nCost review: the instance idles below 20% CPU.\n',
    { at: timeFromAlert(STORY_MINUTES.terraformCommit), authorName: 'Dana Ops' },
  );
  const readme = await repository.commitFiles(
    { 'README.md': '# infra\n\nDeploys go through CI.\n' },
    'docs: how deploys work',
    { at: timeFromAlert(-40) },
  );
  const payments = await repository.commitFiles(
    { 'k8s/payments/deployment.yaml': paymentsManifest('1.42.0', 5) },
    'payments: release 1.42.0 with DB_POOL_SIZE 5',
    { at: timeFromAlert(STORY_MINUTES.paymentsCommit), authorName: 'Sam Dev' },
  );
  return { initial, terraform, readme, payments };
}
