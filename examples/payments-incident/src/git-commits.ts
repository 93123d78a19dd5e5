import type { EvidenceSink } from './create-evidence-sink.js';
import { INFRA_COMMITS } from './infra-commits.js';

/** The service a path belongs to: `k8s/payments/...` is payments, `terraform/analytics/...` is analytics. */
function serviceOfPath(path: string): string | null {
  const match = /^(?:k8s|terraform)\/([^/]+)\//.exec(path);
  return match?.[1] ?? null;
}

/** Writes one `change` item per commit to the `infra` repository into `sink`. */
export function addGitCommits(sink: EvidenceSink): void {
  for (const commit of Object.values(INFRA_COMMITS)) {
    const firstFile = commit.files[0] ?? '';
    sink.add(commit.time, serviceOfPath(firstFile), () => ({
      kind: 'change',
      severity: 'info',
      text: commit.subject,
      attributes: {
        changeType: 'git-commit',
        repository: 'infra',
        branch: 'main',
        commit: commit.sha,
        author: commit.author,
        files: commit.files.join(','),
        insertions: commit.insertions,
        deletions: commit.deletions,
      },
      links: [{ label: 'commit', url: `https://git.example.com/infra/commit/${commit.sha}` }],
    }));
  }
}
