import type { EvidenceSink } from './create-evidence-sink.js';
import { createRandom } from './create-random.js';
import type { ShopRequest } from './create-shop-traffic.js';
import type { ShopWorkloads } from './create-shop-workloads.js';
import { formatIsoTimestamp } from './format-iso-timestamp.js';
import { logAttributes } from './log-attributes.js';
import { PLANTED_SECRET_VALUES } from './planted-secrets.js';
import { SCENARIO_TIMELINE } from './scenario-timeline.js';
import type { Pod } from './workload.js';

type LogfmtLevel = 'error' | 'warn' | 'info' | 'debug';
type Fields = readonly (readonly [string, string | number])[];

const SEVERITY_OF_LEVEL = { error: 'error', warn: 'warning', info: 'info', debug: 'debug' } as const;

/** Formats one key=value pair, quoting values that would otherwise be ambiguous. */
function pair(key: string, value: string | number): string {
  const text = String(value);
  return /[\s"=]/.test(text) || text === '' ? `${key}=${JSON.stringify(text)}` : `${key}=${text}`;
}

/** Writes the orders log lines (logfmt, as its Go logger prints them) into `sink`. */
export function addOrdersLogs(
  sink: EvidenceSink,
  workloads: ShopWorkloads,
  traffic: readonly ShopRequest[],
): void {
  const workload = workloads.orders;
  const random = createRandom(0x5eed_0301);
  const log = (timeMs: number, pod: Pod, level: LogfmtLevel, msg: string, fields: Fields) => {
    sink.add(timeMs, 'orders', (time) => ({
      kind: 'log',
      severity: SEVERITY_OF_LEVEL[level],
      text: [
        pair('ts', formatIsoTimestamp(time)),
        pair('level', level),
        pair('msg', msg),
        ...fields.map(([key, value]) => pair(key, value)),
      ].join(' '),
      attributes: logAttributes(workload, pod, 'logfmt'),
    }));
  };

  for (const request of traffic) {
    if (request.upstream === 'orders') {
      const finishedAt = request.arrivalAt + request.durationMs;
      const duration = `${request.durationMs}ms`;
      switch (request.route) {
        case 'GET /api/orders':
          log(finishedAt, request.pod, 'info', 'orders listed', [
            ['user_id', request.userId],
            ['count', random.integer(1, 25)],
            ['duration', duration],
          ]);
          break;
        case 'GET /api/orders/:id':
          log(
            finishedAt,
            request.pod,
            'info',
            request.result === 'order-not-found' ? 'order not found' : 'order fetched',
            [
              ['order_id', request.orderId ?? ''],
              ['user_id', request.userId],
              ['status', request.status],
              ['duration', duration],
            ],
          );
          break;
        default:
          if (request.result === 'payment-deadline') {
            log(finishedAt, request.pod, 'error', 'payment authorization failed', [
              ['order_id', request.orderId ?? ''],
              ['user_id', request.userId],
              ['err', 'context deadline exceeded'],
              ['upstream', 'payments'],
              ['duration', duration],
            ]);
          } else {
            log(finishedAt, request.pod, 'info', 'order created', [
              ['order_id', request.orderId ?? ''],
              ['user_id', request.userId],
              ['source', 'api'],
              ['duration', duration],
            ]);
          }
      }
    } else if (request.upstream === 'checkout' && request.orderId !== null && request.payment !== null) {
      // Checkout records the order once the charge went through.
      const createdAt = request.payment.startedAt + request.payment.latencyMs + random.integer(4, 12);
      log(createdAt, workload.servingPod(random, createdAt), 'info', 'order created', [
        ['order_id', request.orderId],
        ['user_id', request.userId],
        ['source', 'checkout'],
        ['duration', `${random.integer(6, 18)}ms`],
      ]);
    }
  }

  const { windowStart, windowEnd } = SCENARIO_TIMELINE;
  for (const pod of workload.pods) {
    // Each pod commits its consumer offsets once a minute.
    const partitions = [0, 1, 2, 3, 4, 5].filter(
      (partition) => partition % workload.pods.length === workload.pods.indexOf(pod),
    );
    let offset = random.integer(1_200_000, 1_900_000);
    for (let time = windowStart + random.integer(0, 60_000); time < windowEnd; time += 60_000) {
      offset += random.integer(8, 30);
      log(time, pod, 'info', 'order events committed', [
        ['topic', 'order-events'],
        ['partitions', partitions.join(',')],
        ['offset', offset],
      ]);
    }
  }

  // The consumer group rebalances every so often (pod restarts elsewhere in the cluster, broker maintenance).
  let generation = random.integer(180, 220);
  for (
    let time = windowStart + random.exponential(1_500_000);
    time < windowEnd;
    time += random.exponential(1_500_000)
  ) {
    generation += 1;
    for (const pod of workload.pods) {
      log(time + random.integer(0, 400), pod, 'warn', 'kafka rebalance in progress', [
        ['group', 'orders-consumers'],
        ['topic', 'order-events'],
        ['generation', generation],
        ['retry_in', '2s'],
      ]);
    }
  }

  // The nightly export client logs its configuration at debug level, access key included.
  const debugAt = SCENARIO_TIMELINE.alertStart - 192 * 60_000 + 611;
  log(debugAt, workload.servingPod(random, debugAt), 'debug', 's3 client configured', [
    ['bucket', 'orders-exports-eu'],
    ['region', 'eu-west-1'],
    ['access_key_id', PLANTED_SECRET_VALUES.ordersAccessKeyId],
    ['credentials', 'static'],
  ]);
}
