import { BUNDLE_FORMAT, type Evidence, type IncidentBundle } from '@triagekit/core';
import { addCheckoutLogs } from './checkout-logs.js';
import { addCloudTrailEvents } from './cloudtrail-events.js';
import { createEvidenceSink, type EvidenceSink } from './create-evidence-sink.js';
import { createPaymentsIncidentAlert } from './create-payments-incident-alert.js';
import { createShopTraffic } from './create-shop-traffic.js';
import { createShopWorkloads } from './create-shop-workloads.js';
import { addGitCommits } from './git-commits.js';
import { addIngressNginxLogs } from './ingress-nginx-logs.js';
import { addKubernetesEvents } from './kubernetes-events.js';
import { addKubernetesRollouts } from './kubernetes-rollouts.js';
import { addOrdersLogs } from './orders-logs.js';
import { PAYMENTS_INCIDENT_EXPECTED } from './payments-incident-expected.js';
import { addPaymentsLogs } from './payments-logs.js';
import { SCENARIO_TIMELINE } from './scenario-timeline.js';
import { addSearchLogs } from './search-logs.js';

const COLLECTOR_DESCRIPTIONS = {
  'kubernetes-logs': 'container logs of the shop namespace',
  kubernetes: 'Kubernetes events and Deployment rollouts of the shop namespace',
  git: 'commits to the infra repository',
  cloudtrail: 'write API calls recorded by AWS CloudTrail in eu-west-1',
} as const;

/** Merges the sinks into one list ordered by time, then id, comparing numbers rather than ISO strings. */
function mergeByTime(sinks: readonly EvidenceSink[]): Evidence[] {
  const entries: { time: number; item: Evidence }[] = [];
  for (const sink of sinks) {
    sink.items.forEach((item, index) => {
      entries.push({ time: sink.times[index] ?? Date.parse(item.time), item });
    });
  }
  entries.sort((left, right) => {
    if (left.time !== right.time) return left.time - right.time;
    return left.item.id < right.item.id ? -1 : left.item.id > right.item.id ? 1 : 0;
  });
  return entries.map((entry) => entry.item);
}

/**
 * Builds the payments incident bundle: a config change that shrinks the payments connection pool from 50
 * to 5, rolled out 22 minutes before the alert, with everything around it a real cluster would show:
 * steady traffic in five services, background noise, red herring changes (one of them closer to the
 * onset than the cause) and a few planted secrets. Fully deterministic: every call returns the same
 * bundle, with the same evidence ids.
 */
export function createPaymentsIncidentBundle(): IncidentBundle {
  const workloads = createShopWorkloads();
  const traffic = createShopTraffic(workloads);

  const logs = createEvidenceSink('kubernetes-logs');
  addPaymentsLogs(logs, workloads, traffic);
  addCheckoutLogs(logs, workloads, traffic);
  addOrdersLogs(logs, workloads, traffic);
  addIngressNginxLogs(logs, workloads, traffic);
  addSearchLogs(logs, workloads, traffic);

  // Rollouts go first so their change items keep the same ids as in `createChangeEvidence`.
  const kubernetes = createEvidenceSink('kubernetes');
  addKubernetesRollouts(kubernetes, workloads);
  addKubernetesEvents(kubernetes, workloads);

  const git = createEvidenceSink('git');
  addGitCommits(git);
  const cloudtrail = createEvidenceSink('cloudtrail');
  addCloudTrailEvents(cloudtrail);

  const evidence = mergeByTime([logs, kubernetes, git, cloudtrail]);
  return {
    manifest: {
      format: BUNDLE_FORMAT,
      createdAt: new Date(SCENARIO_TIMELINE.windowEnd + 73_000).toISOString(),
      title: 'payments: connection pool cut from 50 to 5 by a config rollout',
      description:
        'Synthetic but realistic: payments times out waiting for database connections after a ' +
        'config-only rollout; checkout, orders and the ingress fail with it. A search rollout lands even ' +
        'closer to the onset.',
      alert: createPaymentsIncidentAlert(),
      window: {
        start: new Date(SCENARIO_TIMELINE.windowStart).toISOString(),
        end: new Date(SCENARIO_TIMELINE.windowEnd).toISOString(),
      },
      collectors: Object.entries(COLLECTOR_DESCRIPTIONS).map(([collectorId, description]) => ({
        collectorId,
        description,
        warnings: [],
        error: null,
      })),
      metadata: {
        scenario: 'payments-incident',
        cluster: 'prod-eu-1',
        synthetic: 'true',
        expectedTopService: PAYMENTS_INCIDENT_EXPECTED.topService,
        expectedTopChange: PAYMENTS_INCIDENT_EXPECTED.topChangeEvidenceId,
        expectedCauseCommit: PAYMENTS_INCIDENT_EXPECTED.causeCommitEvidenceId,
        expectedRedHerringChanges: PAYMENTS_INCIDENT_EXPECTED.redHerringChangeEvidenceIds.join(','),
        expectedOnset: PAYMENTS_INCIDENT_EXPECTED.onset,
      },
    },
    evidence,
  };
}
