import type { Evidence } from '@triagekit/core';
import { addCloudTrailEvents } from './cloudtrail-events.js';
import { createEvidenceSink } from './create-evidence-sink.js';
import { createShopWorkloads } from './create-shop-workloads.js';
import { addGitCommits } from './git-commits.js';
import { addKubernetesRollouts } from './kubernetes-rollouts.js';

/**
 * Only the `change` items of the scenario (commits, rollouts, CloudTrail calls), with the same ids as in
 * the full bundle, without generating the logs: cheap enough to compute the expected answer at import.
 */
export function createChangeEvidence(): Evidence[] {
  const kubernetes = createEvidenceSink('kubernetes');
  addKubernetesRollouts(kubernetes, createShopWorkloads());
  const git = createEvidenceSink('git');
  addGitCommits(git);
  const cloudtrail = createEvidenceSink('cloudtrail');
  addCloudTrailEvents(cloudtrail);
  return [...kubernetes.items, ...git.items, ...cloudtrail.items].filter((item) => item.kind === 'change');
}
