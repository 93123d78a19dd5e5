import { createHash } from 'node:crypto';
import { SCENARIO_TIMELINE } from './scenario-timeline.js';

/** A commit to the `infra` repository, where Kubernetes manifests and Terraform live. */
export interface InfraCommit {
  /** 40 hexadecimal digits, derived from the commit's content so it never changes between runs. */
  readonly sha: string;
  readonly time: number;
  readonly author: string;
  readonly subject: string;
  readonly files: readonly string[];
  readonly insertions: number;
  readonly deletions: number;
}

function commit(details: Omit<InfraCommit, 'sha'>): InfraCommit {
  const sha = createHash('sha1')
    .update(['infra', details.time, details.author, details.subject, ...details.files].join('\n'))
    .digest('hex');
  return { sha, ...details };
}

/** The commits merged to `infra` during the window, by role in the story. */
export const INFRA_COMMITS = {
  onCallDocs: commit({
    time: SCENARIO_TIMELINE.windowStart + 23 * 60_000 + 41_000,
    author: 'sam.okafor',
    subject: 'docs: update on-call rotation for March',
    files: ['docs/oncall/rotation.md'],
    insertions: 6,
    deletions: 6,
  }),
  redshiftNodes: commit({
    time: SCENARIO_TIMELINE.redshiftCommit,
    author: 'priya.raman',
    subject: 'analytics: bump redshift node count',
    files: ['terraform/analytics/redshift.tf'],
    insertions: 1,
    deletions: 1,
  }),
  paymentsPool: commit({
    time: SCENARIO_TIMELINE.paymentsCommit,
    author: 'dana.kim',
    subject: 'payments: tune HikariCP pool for new DB tier (DB_POOL_MAX_SIZE 50 -> 5)',
    files: ['k8s/payments/configmap.yaml'],
    insertions: 1,
    deletions: 1,
  }),
  searchImage: commit({
    time: SCENARIO_TIMELINE.searchCommit,
    author: 'lucas.moreau',
    subject: 'search: bump image to 2.14.0',
    files: ['k8s/search/deployment.yaml'],
    insertions: 1,
    deletions: 1,
  }),
} as const;
