import type { EvidenceSink } from './create-evidence-sink.js';
import { createRandom } from './create-random.js';
import type { ShopRequest } from './create-shop-traffic.js';
import type { ShopWorkloads } from './create-shop-workloads.js';
import { formatIsoTimestamp } from './format-iso-timestamp.js';
import { logAttributes } from './log-attributes.js';
import { SCENARIO_TIMELINE } from './scenario-timeline.js';
import type { Pod } from './workload.js';

type PythonLevel = 'ERROR' | 'WARNING' | 'INFO';

const SEVERITY_OF_LEVEL = { ERROR: 'error', WARNING: 'warning', INFO: 'info' } as const;
const CACHE_WARM_UP_MS = 120_000;

/** Python's default `asctime`: `2026-03-04 13:01:02,123`. */
function asctime(timeMs: number): string {
  const iso = formatIsoTimestamp(timeMs);
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)},${iso.slice(20, 23)}`;
}

/** Writes the search log lines (`%(asctime)s %(levelname)s %(name)s: %(message)s`) into `sink`. */
export function addSearchLogs(
  sink: EvidenceSink,
  workloads: ShopWorkloads,
  traffic: readonly ShopRequest[],
): void {
  const workload = workloads.search;
  const random = createRandom(0x5eed_0501);
  const log = (timeMs: number, pod: Pod, level: PythonLevel, logger: string, message: string) => {
    sink.add(timeMs, 'search', (time) => ({
      kind: 'log',
      severity: SEVERITY_OF_LEVEL[level],
      text: `${asctime(time)} ${level} ${logger}: ${message}`,
      attributes: logAttributes(workload, pod, 'python'),
    }));
  };

  for (const request of traffic) {
    if (request.upstream !== 'search' || request.search === null) continue;
    const { queryLength, hits } = request.search;
    const slow = request.result === 'slow-query';
    log(
      request.arrivalAt + request.durationMs,
      request.pod,
      slow ? 'WARNING' : 'INFO',
      'search.api',
      `${slow ? 'slow query' : 'query served'} q_len=${queryLength} hits=${hits} ` +
        `took_ms=${request.durationMs}`,
    );
  }

  const { windowStart, windowEnd } = SCENARIO_TIMELINE;
  for (const pod of workload.pods) {
    // Index refreshes every five minutes on every pod.
    const from = Math.max(windowStart, pod.readyAt) + random.integer(0, 300_000);
    for (let time = from; time < Math.min(windowEnd, pod.terminatingAt); time += 300_000) {
      const tookMs = random.integer(140, 620);
      log(
        time + tookMs,
        pod,
        'INFO',
        'search.index',
        `index refreshed segments=${random.integer(18, 26)} docs=${random.integer(1_842_100, 1_842_999)} ` +
          `took_ms=${tookMs}`,
      );
    }

    if (pod.startup !== undefined) {
      const { startedAt } = pod.startup;
      log(startedAt + 420, pod, 'INFO', 'search.app', 'starting search-api version=2.14.0 workers=4');
      log(startedAt + 1_900, pod, 'INFO', 'search.index', 'index opened path=/data/index segments=22');
      log(pod.readyAt - 300, pod, 'INFO', 'search.app', 'listening on 0.0.0.0:8000');
      // The new version starts with an empty result cache and says so until it is warm; harmless.
      let hitRatio = 0.04;
      for (let time = pod.readyAt + random.integer(2_000, 6_000); time < pod.readyAt + CACHE_WARM_UP_MS; ) {
        log(
          time,
          pod,
          'WARNING',
          'search.cache',
          `cache warm-up in progress, serving from index (hit_ratio=${hitRatio.toFixed(2)})`,
        );
        hitRatio = Math.min(0.9, hitRatio + random.between(0.04, 0.09));
        time += random.integer(7_000, 11_000);
      }
      log(
        pod.readyAt + CACHE_WARM_UP_MS + random.integer(0, 900),
        pod,
        'INFO',
        'search.cache',
        `cache warm-up complete entries=${random.integer(150_000, 190_000)} ` +
          `took_s=${(CACHE_WARM_UP_MS / 1_000 + random.between(0, 1)).toFixed(1)}`,
      );
    }
    if (Number.isFinite(pod.terminatingAt)) {
      log(pod.terminatingAt + 25, pod, 'INFO', 'search.app', 'received SIGTERM, draining connections');
      log(pod.terminatingAt + random.integer(600, 1_400), pod, 'INFO', 'search.app', 'shutdown complete');
    }
  }
}
