import type { EvidenceSink } from './create-evidence-sink.js';
import { createRandom } from './create-random.js';
import type { ShopRequest } from './create-shop-traffic.js';
import type { ShopWorkloads } from './create-shop-workloads.js';
import { formatIsoTimestamp } from './format-iso-timestamp.js';
import { logAttributes } from './log-attributes.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const UPSTREAMS = {
  checkout: { name: 'shop-checkout-3000', port: 3000 },
  orders: { name: 'shop-orders-8080', port: 8080 },
  search: { name: 'shop-search-8000', port: 8000 },
} as const;

/** `$time_local` of a controller running in UTC: `04/Mar/2026:14:10:02 +0000`. */
function timeLocal(timeMs: number): string {
  const iso = formatIsoTimestamp(timeMs);
  const month = MONTHS[Number(iso.slice(5, 7)) - 1] ?? '';
  return `${iso.slice(8, 10)}/${month}/${iso.slice(0, 4)}:${iso.slice(11, 19)} +0000`;
}

function severityOfStatus(status: number): 'error' | 'warning' | 'info' {
  if (status >= 500) return 'error';
  if (status >= 400) return 'warning';
  return 'info';
}

/**
 * Writes the ingress-nginx access log into `sink`, one line per request in the controller's default
 * upstream format: the combined log followed by request length, request time, upstream name, address,
 * response length, response time, status and request id.
 */
export function addIngressNginxLogs(
  sink: EvidenceSink,
  workloads: ShopWorkloads,
  traffic: readonly ShopRequest[],
): void {
  const workload = workloads.ingressNginx;
  const random = createRandom(0x5eed_0401);
  for (const request of traffic) {
    const upstream = UPSTREAMS[request.upstream];
    const upstreamSeconds = request.durationMs / 1_000;
    const requestSeconds = upstreamSeconds + random.integer(0, 3) / 1_000;
    const finishedAt = request.arrivalAt + Math.round(requestSeconds * 1_000);
    const controller = workload.servingPod(random, request.arrivalAt);
    const browser = request.userAgent.startsWith('Mozilla');
    const protocol = browser ? 'HTTP/2.0' : 'HTTP/1.1';
    const referer = browser && request.upstream === 'checkout' ? 'https://shop.example.com/checkout' : '-';
    const requestId = random.hex(32);
    sink.add(finishedAt, 'ingress-nginx', (time) => ({
      kind: 'log',
      severity: severityOfStatus(request.status),
      text: [
        `${request.clientIp} - - [${timeLocal(time)}]`,
        `"${request.method} ${request.path} ${protocol}" ${request.status} ${request.responseBytes}`,
        `"${referer}" "${request.userAgent}"`,
        `${request.requestBytes} ${requestSeconds.toFixed(3)}`,
        `[${upstream.name}] [] ${request.pod.ip}:${upstream.port}`,
        `${request.responseBytes} ${upstreamSeconds.toFixed(3)} ${request.status} ${requestId}`,
      ].join(' '),
      attributes: logAttributes(workload, controller, 'nginx'),
    }));
  }
}
