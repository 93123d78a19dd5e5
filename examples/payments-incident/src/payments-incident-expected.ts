import { createChangeEvidence } from './create-change-evidence.js';
import { INFRA_COMMITS } from './infra-commits.js';
import { SCENARIO_TIMELINE } from './scenario-timeline.js';

/** What a good triage of the payments incident concludes, for tests and evaluations. */
export interface PaymentsIncidentExpected {
  /** The service that should rank first among the affected ones. */
  readonly topService: 'payments';
  /** The change that should rank first: the payments rollout that shipped the smaller pool. */
  readonly topChangeEvidenceId: string;
  /** The commit behind that rollout; ranking it right after the rollout is also correct. */
  readonly causeCommitEvidenceId: string;
  /** Changes in the window that did not cause the incident, including the closer search rollout. */
  readonly redHerringChangeEvidenceIds: readonly string[];
  /** When the first errors appeared (UTC, ISO 8601). */
  readonly onset: string;
}

function findExpected(): PaymentsIncidentExpected {
  const changes = createChangeEvidence();
  const rollout = changes.find((item) => item.attributes.workload === 'Deployment/shop/payments');
  const commit = changes.find((item) => item.attributes.commit === INFRA_COMMITS.paymentsPool.sha);
  if (rollout === undefined || commit === undefined) {
    throw new Error('The payments rollout and its commit must both be part of the scenario.');
  }
  return {
    topService: 'payments',
    topChangeEvidenceId: rollout.id,
    causeCommitEvidenceId: commit.id,
    redHerringChangeEvidenceIds: changes
      .filter((item) => item !== rollout && item !== commit)
      .sort((left, right) => left.time.localeCompare(right.time))
      .map((item) => item.id),
    onset: new Date(SCENARIO_TIMELINE.onset).toISOString(),
  };
}

/** The expected answer for the bundle from `createPaymentsIncidentBundle`. */
export const PAYMENTS_INCIDENT_EXPECTED: PaymentsIncidentExpected = findExpected();
