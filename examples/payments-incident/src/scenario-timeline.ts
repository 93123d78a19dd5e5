const MINUTE = 60_000;
const ALERT_START = Date.parse('2026-03-04T14:30:00.000Z');

/**
 * Every instant the scenario is built around, in epoch milliseconds. All other times are derived from
 * these, so the story can be read top to bottom here: what changed, when it broke, when it paged.
 */
export const SCENARIO_TIMELINE = {
  /** T0: when the `PaymentsHighLatency` alert started firing. */
  alertStart: ALERT_START,
  /** Start of the collection window, four hours before the alert. */
  windowStart: ALERT_START - 240 * MINUTE,
  /** End of the collection window, fifteen minutes after the alert. */
  windowEnd: ALERT_START + 15 * MINUTE,
  /** Red herring: an analytics Terraform change in the same repository. */
  redshiftCommit: ALERT_START - 130 * MINUTE,
  /** Red herring: a Glue job update that also carries a leaked database password. */
  glueJobUpdate: ALERT_START - 185 * MINUTE,
  /** Red herring: an engineer opens SSH on the bastion host. */
  bastionIngress: ALERT_START - 40 * MINUTE,
  /** Red herring: the batch-workers autoscaling group launches instances. */
  batchWorkersLaunch: ALERT_START - 35 * MINUTE,
  /** The cause: the payments connection pool is cut from 50 to 5 in the config map. */
  paymentsCommit: ALERT_START - 26 * MINUTE,
  /** The cause reaches production: payments rolls out revision 42 with the new config. */
  paymentsRollout: ALERT_START - 22 * MINUTE,
  /** Red herring: a search image bump, committed after the payments change. */
  searchCommit: ALERT_START - 21 * MINUTE,
  /** Red herring: search rolls out, deliberately closer to the onset than payments. */
  searchRollout: ALERT_START - 20.5 * MINUTE,
  /**
   * The last old payments pod is gone: from here the five-connection pools are saturated and requests
   * start queueing for up to 30 s, so the first timeouts are logged half a minute later.
   */
  poolExhausted: ALERT_START - 20.5 * MINUTE,
  /** Onset: the first `Connection is not available` errors in payments. */
  onset: ALERT_START - 20 * MINUTE,
  /**
   * Callers with short deadlines (checkout 5 s, orders 3 s) start giving up a minute later, once the
   * queue in front of the pool is deep enough to exceed them.
   */
  callerTimeouts: ALERT_START - 19 * MINUTE - 5_000,
} as const;
