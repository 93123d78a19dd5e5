/**
 * One incident told by three sources, with every time relative to the alert (10:00 UTC):
 *
 * - 07:00 a Terraform commit downsizes the payments database (`terraform/rds.tf`, no service);
 * - 08:30 Terraform applies it: CloudTrail `ModifyDBInstance` on `payments-db` (service payments);
 * - 09:35 a commit releases payments 1.42.0 with a smaller DB pool (`k8s/payments/`);
 * - 09:40 the payments Deployment rolls out revision 7 (image 1.41.2 → 1.42.0, env DB_POOL_SIZE);
 * - 09:43 recommendations, a service with no trouble, rolls out revision 12;
 * - 09:48 payments starts logging "connection pool exhausted" (the onset), then crash-loops (BackOff).
 */
export const ALERT_STARTS_AT = '2026-03-04T10:00:00Z';

/** The alert file's content. */
export const PAYMENTS_ALERT = {
  title: 'PaymentsErrorRateHigh',
  startsAt: ALERT_STARTS_AT,
  severity: 'critical',
  labels: { service: 'payments', namespace: 'shop' },
} as const;

/** When each step of the story happens, in minutes relative to the alert (negative: before it). */
export const STORY_MINUTES = {
  terraformCommit: -180,
  modifyDbInstance: -90,
  paymentsCommit: -25,
  paymentsRollout: -20,
  unrelatedRollout: -17,
  firstPaymentsError: -12,
} as const;

/** A time relative to the alert, as an ISO 8601 instant in whole seconds (`2026-03-04T09:40:00Z`). */
export function timeFromAlert(minutes: number, seconds = 0): string {
  return new Date(Date.parse(ALERT_STARTS_AT) + (minutes * 60 + seconds) * 1000)
    .toISOString()
    .replace('.000Z', 'Z');
}
