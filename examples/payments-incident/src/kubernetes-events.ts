import type { EvidenceSink } from './create-evidence-sink.js';
import { createRandom, type Random } from './create-random.js';
import type { ShopWorkloads } from './create-shop-workloads.js';
import { addKubernetesEvent } from './kubernetes-event.js';
import { SCENARIO_TIMELINE } from './scenario-timeline.js';
import type { Pod } from './workload.js';

const PROBE_PERIOD_MS = 10_000;
const PROBE_TIMEOUT = 'context deadline exceeded (Client.Timeout exceeded while awaiting headers)';
const RECONCILE_EVERY_MS = 30 * 60_000;

/**
 * One Event series: the kubelet keeps a single Event per pod and message and bumps its count, and a
 * watching collector sees each update, so every update becomes its own item with the running count.
 */
function addProbeFailures(
  sink: EvidenceSink,
  random: Random,
  service: string,
  pod: Pod,
  message: string,
  from: number,
  failureShare: number,
): void {
  const { windowEnd } = SCENARIO_TIMELINE;
  let count = 0;
  let firstFailure: number | null = null;
  let reportedAt = Number.NEGATIVE_INFINITY;
  for (let probeAt = from; probeAt < Math.min(windowEnd, pod.terminatingAt); probeAt += PROBE_PERIOD_MS) {
    if (!random.chance(failureShare)) continue;
    count += 1;
    firstFailure ??= probeAt;
    // The API server rate-limits updates of the same Event; a watcher sees roughly one a minute.
    if (probeAt - reportedAt < 60_000 && count > 1) continue;
    reportedAt = probeAt;
    addKubernetesEvent(sink, {
      time: probeAt,
      service,
      type: 'Warning',
      reason: 'Unhealthy',
      message,
      involvedObject: `Pod/${pod.name}`,
      reportingComponent: 'kubelet',
      count,
      firstTimestamp: firstFailure,
    });
  }
}

/**
 * Writes the Kubernetes events that are not part of a rollout into `sink`: the payments readiness
 * failures once its pool is saturated (the health endpoint checks the database), plus the background
 * every cluster has, such as a reconcile CronJob and the odd failed probe elsewhere.
 */
export function addKubernetesEvents(sink: EvidenceSink, workloads: ShopWorkloads): void {
  const random = createRandom(0x5eed_0601);
  const { onset, windowStart, windowEnd } = SCENARIO_TIMELINE;

  for (const pod of workloads.payments.pods) {
    if (pod.startup === undefined) continue;
    const from = onset + random.integer(4_000, 40_000);
    addProbeFailures(
      sink,
      random,
      'payments',
      pod,
      'Readiness probe failed: HTTP probe failed with statuscode: 503',
      from,
      0.55,
    );
    addProbeFailures(
      sink,
      random,
      'payments',
      pod,
      `Readiness probe failed: Get "http://${pod.ip}:8080/actuator/health/readiness": ${PROBE_TIMEOUT}`,
      from + random.integer(20_000, 90_000),
      0.25,
    );
  }

  // Two isolated search probe timeouts hours before anything happens: every cluster has a few.
  for (const offsetMinutes of [191, 142]) {
    const pod = workloads.search.pods[offsetMinutes % 2];
    if (pod === undefined) continue;
    addKubernetesEvent(sink, {
      time: SCENARIO_TIMELINE.alertStart - offsetMinutes * 60_000 + random.integer(0, 59_000),
      service: 'search',
      type: 'Warning',
      reason: 'Unhealthy',
      message: `Readiness probe failed: Get "http://${pod.ip}:8000/healthz": ${PROBE_TIMEOUT}`,
      involvedObject: `Pod/${pod.name}`,
      reportingComponent: 'kubelet',
    });
  }

  // orders-reconcile runs every thirty minutes; Job names carry the scheduled time in minutes.
  const firstRun = Math.ceil(windowStart / RECONCILE_EVERY_MS) * RECONCILE_EVERY_MS;
  for (let scheduledAt = firstRun; scheduledAt < windowEnd; scheduledAt += RECONCILE_EVERY_MS) {
    const job = `orders-reconcile-${scheduledAt / 60_000}`;
    const pod = `${job}-${random.characters('bcdfghjklmnpqrstvwxz2456789', 5)}`;
    const completedAt = scheduledAt + random.integer(38_000, 74_000);
    const events = [
      {
        time: scheduledAt + 120,
        involvedObject: 'CronJob/orders-reconcile',
        reason: 'SuccessfulCreate',
        reportingComponent: 'cronjob-controller',
        message: `Created job ${job}`,
      },
      {
        time: scheduledAt + 160,
        involvedObject: `Job/${job}`,
        reason: 'SuccessfulCreate',
        reportingComponent: 'job-controller',
        message: `Created pod: ${pod}`,
      },
      {
        time: completedAt,
        involvedObject: `Job/${job}`,
        reason: 'Completed',
        reportingComponent: 'job-controller',
        message: 'Job completed',
      },
      {
        time: completedAt + random.integer(2_000, 9_000),
        involvedObject: 'CronJob/orders-reconcile',
        reason: 'SawCompletedJob',
        reportingComponent: 'cronjob-controller',
        message: `Saw completed job: ${job}, status: Complete`,
      },
    ];
    for (const event of events) addKubernetesEvent(sink, { ...event, service: 'orders', type: 'Normal' });
  }
}
