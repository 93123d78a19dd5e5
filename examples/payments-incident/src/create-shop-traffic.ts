import { createRandom, type Random } from './create-random.js';
import type { ShopWorkloads } from './create-shop-workloads.js';
import { decidePaymentCall, type PaymentCallOutcome } from './decide-payment-call.js';
import { SCENARIO_TIMELINE } from './scenario-timeline.js';
import type { Pod } from './workload.js';

/** A call from checkout or orders into payments. */
export interface PaymentCall {
  readonly caller: 'checkout' | 'orders';
  readonly startedAt: number;
  readonly outcome: PaymentCallOutcome;
  readonly latencyMs: number;
  readonly pod: Pod;
  readonly chargeId: string;
  readonly amount: string;
  readonly currency: string;
}

/** What a request ended as, beyond its status code; renderers turn it into the matching log line. */
export type ShopRequestResult =
  | 'ok'
  | 'cart-not-found'
  | 'order-not-found'
  | 'slow-query'
  | 'payment-timeout'
  | 'payment-unavailable'
  | 'payment-deadline';

/** One external request through the ingress, with everything the services log about it. */
export interface ShopRequest {
  readonly arrivalAt: number;
  readonly upstream: 'checkout' | 'orders' | 'search';
  readonly method: 'GET' | 'POST';
  readonly path: string;
  /** The route template, as checkout logs it (`GET /api/orders/:id`). */
  readonly route: string;
  readonly status: number;
  /** Milliseconds the upstream service spent on it. */
  readonly durationMs: number;
  readonly result: ShopRequestResult;
  readonly pod: Pod;
  readonly traceId: string;
  readonly userId: string;
  readonly clientIp: string;
  readonly userAgent: string;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly orderId: string | null;
  readonly payment: PaymentCall | null;
  readonly search: { readonly queryLength: number; readonly hits: number } | null;
}

interface Client {
  readonly userId: string;
  readonly ip: string;
  readonly userAgent: string;
}

type RouteName =
  | 'cart'
  | 'cart-items'
  | 'checkout-summary'
  | 'checkout-confirm'
  | 'orders-list'
  | 'orders-get'
  | 'orders-create'
  | 'search';

// Requests per second at the start of the window; traffic grows into the afternoon peak.
const ROUTE_RATES: readonly (readonly [RouteName, number])[] = [
  ['cart', 0.1],
  ['cart-items', 0.07],
  ['checkout-summary', 0.045],
  ['checkout-confirm', 0.065],
  ['orders-list', 0.045],
  ['orders-get', 0.045],
  ['orders-create', 0.022],
  ['search', 0.22],
];
const TOTAL_RATE = ROUTE_RATES.reduce((sum, [, rate]) => sum + rate, 0);

const WEBKIT = 'AppleWebKit/605.1.15 (KHTML, like Gecko)';
const USER_AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) ' +
    'Chrome/122.0.0.0 Safari/537.36',
  `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) ${WEBKIT} Version/17.3 Safari/605.1.15`,
  `Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) ${WEBKIT} Version/17.3 Mobile/15E148 Safari/604.1`,
  'Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0',
  'ShopApp/5.12.0 (Android 14; Pixel 7)',
  'ShopApp/5.12.0 (iOS 17.3; iPhone14,5)',
];

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Traffic as a share of the starting rate: a slow climb towards the afternoon with a gentle ripple. */
function loadFactor(timeMs: number): number {
  const { windowStart, windowEnd } = SCENARIO_TIMELINE;
  const progress = (timeMs - windowStart) / (windowEnd - windowStart);
  return 1 + 0.3 * progress + 0.06 * Math.sin(progress * Math.PI * 7);
}

function createClients(random: Random): Client[] {
  // Documentation address ranges only, so no real network is ever named.
  const prefixes = ['192.0.2', '198.51.100', '203.0.113'];
  return Array.from({ length: 420 }, () => ({
    userId: `usr_${random.integer(10_000, 99_999)}`,
    ip: `${random.pick(prefixes)}.${random.integer(1, 254)}`,
    userAgent: random.pick(USER_AGENTS),
  }));
}

function createPaymentCall(
  random: Random,
  workloads: ShopWorkloads,
  caller: PaymentCall['caller'],
  startedAt: number,
): PaymentCall {
  const decision = decidePaymentCall(random, startedAt);
  return {
    caller,
    startedAt,
    outcome: decision.outcome,
    latencyMs: decision.latencyMs,
    pod: workloads.payments.servingPod(random, startedAt),
    chargeId: `ch_${random.characters(ID_ALPHABET, 24)}`,
    amount: (random.chance(0.8) ? random.between(4, 160) : random.between(160, 1_400)).toFixed(2),
    currency: random.weighted([
      ['EUR', 70],
      ['GBP', 15],
      ['USD', 10],
      ['SEK', 5],
    ]),
  };
}

/** The part of a request that depends on its route. */
type RouteOutcome = Pick<
  ShopRequest,
  'upstream' | 'method' | 'path' | 'route' | 'status' | 'durationMs' | 'result' | 'pod' | 'responseBytes'
> &
  Partial<Pick<ShopRequest, 'orderId' | 'payment' | 'search'>>;

function routeOutcome(
  random: Random,
  workloads: ShopWorkloads,
  route: RouteName,
  arrivalAt: number,
): RouteOutcome {
  const checkoutPod = (): Pod => workloads.checkout.servingPod(random, arrivalAt);
  const ordersPod = (): Pod => workloads.orders.servingPod(random, arrivalAt);
  switch (route) {
    case 'cart': {
      const missing = random.chance(0.02);
      return {
        upstream: 'checkout',
        method: 'GET',
        path: '/api/cart',
        route: 'GET /api/cart',
        status: missing ? 404 : 200,
        durationMs: random.integer(6, 38),
        result: missing ? 'cart-not-found' : 'ok',
        pod: checkoutPod(),
        responseBytes: missing ? 64 : random.integer(700, 4_800),
      };
    }
    case 'cart-items':
      return {
        upstream: 'checkout',
        method: 'POST',
        path: '/api/cart/items',
        route: 'POST /api/cart/items',
        status: 201,
        durationMs: random.integer(14, 62),
        result: 'ok',
        pod: checkoutPod(),
        responseBytes: random.integer(900, 5_200),
      };
    case 'checkout-summary':
      return {
        upstream: 'checkout',
        method: 'GET',
        path: '/api/checkout/summary',
        route: 'GET /api/checkout/summary',
        status: 200,
        durationMs: random.integer(18, 84),
        result: 'ok',
        pod: checkoutPod(),
        responseBytes: random.integer(1_100, 3_900),
      };
    case 'checkout-confirm': {
      const before = random.integer(18, 55);
      const payment = createPaymentCall(random, workloads, 'checkout', arrivalAt + before);
      const deadlineMs = 5_000;
      const pod = checkoutPod();
      if (payment.outcome === 'no-endpoints') {
        return {
          upstream: 'checkout',
          method: 'POST',
          path: '/api/checkout/confirm',
          route: 'POST /api/checkout/confirm',
          status: 502,
          durationMs: before + random.integer(2, 9),
          result: 'payment-unavailable',
          pod,
          responseBytes: 118,
          payment,
        };
      }
      if (payment.latencyMs > deadlineMs) {
        return {
          upstream: 'checkout',
          method: 'POST',
          path: '/api/checkout/confirm',
          route: 'POST /api/checkout/confirm',
          status: 504,
          durationMs: before + deadlineMs + random.integer(1, 14),
          result: 'payment-timeout',
          pod,
          responseBytes: 131,
          payment,
        };
      }
      return {
        upstream: 'checkout',
        method: 'POST',
        path: '/api/checkout/confirm',
        route: 'POST /api/checkout/confirm',
        status: 200,
        durationMs: before + payment.latencyMs + random.integer(16, 70),
        result: 'ok',
        pod,
        responseBytes: random.integer(600, 1_400),
        orderId: `ord_${random.characters(ID_ALPHABET, 16)}`,
        payment,
      };
    }
    case 'orders-list':
      return {
        upstream: 'orders',
        method: 'GET',
        path: `/api/orders?page=${random.weighted([
          [1, 8],
          [2, 2],
          [3, 1],
        ])}`,
        route: 'GET /api/orders',
        status: 200,
        durationMs: random.integer(9, 46),
        result: 'ok',
        pod: ordersPod(),
        responseBytes: random.integer(1_500, 12_000),
      };
    case 'orders-get': {
      const missing = random.chance(0.01);
      const orderId = `ord_${random.characters(ID_ALPHABET, 16)}`;
      return {
        upstream: 'orders',
        method: 'GET',
        path: `/api/orders/${orderId}`,
        route: 'GET /api/orders/:id',
        status: missing ? 404 : 200,
        durationMs: random.integer(3, 24),
        result: missing ? 'order-not-found' : 'ok',
        pod: ordersPod(),
        responseBytes: missing ? 52 : random.integer(800, 2_600),
        orderId,
      };
    }
    case 'orders-create': {
      const before = random.integer(5, 19);
      const payment = createPaymentCall(random, workloads, 'orders', arrivalAt + before);
      const deadlineMs = 3_000;
      const pod = ordersPod();
      const orderId = `ord_${random.characters(ID_ALPHABET, 16)}`;
      if (payment.outcome === 'no-endpoints' || payment.latencyMs > deadlineMs) {
        return {
          upstream: 'orders',
          method: 'POST',
          path: '/api/orders',
          route: 'POST /api/orders',
          status: 502,
          durationMs: before + deadlineMs + random.integer(0, 3),
          result: 'payment-deadline',
          pod,
          responseBytes: 96,
          orderId,
          payment,
        };
      }
      return {
        upstream: 'orders',
        method: 'POST',
        path: '/api/orders',
        route: 'POST /api/orders',
        status: 201,
        durationMs: before + payment.latencyMs + random.integer(4, 16),
        result: 'ok',
        pod,
        responseBytes: random.integer(700, 1_300),
        orderId,
        payment,
      };
    }
    case 'search': {
      const pod = workloads.search.servingPod(random, arrivalAt);
      const slow = random.chance(0.015);
      // A freshly started pod serves from the index until its cache is warm.
      const cold = pod.startup !== undefined && arrivalAt < pod.readyAt + 120_000;
      const durationMs = slow
        ? random.integer(1_200, 3_600)
        : cold
          ? random.integer(90, 420)
          : Math.round(8 + random.exponential(14));
      const queryLength = random.integer(2, 42);
      return {
        upstream: 'search',
        method: 'GET',
        path: `/api/search?q=${random.characters('abcdefghijklmnopqrstuvwxyz', Math.min(queryLength, 12))}`,
        route: 'GET /api/search',
        status: 200,
        durationMs,
        result: slow ? 'slow-query' : 'ok',
        pod,
        responseBytes: random.integer(1_200, 24_000),
        search: { queryLength, hits: slow ? random.integer(900, 4_800) : random.integer(0, 240) },
      };
    }
  }
}

function createRequest(
  random: Random,
  workloads: ShopWorkloads,
  client: Client,
  route: RouteName,
  arrivalAt: number,
): ShopRequest {
  const outcome = routeOutcome(random, workloads, route, arrivalAt);
  // One literal with every field keeps all requests the same shape, which keeps generation fast.
  return {
    arrivalAt,
    upstream: outcome.upstream,
    method: outcome.method,
    path: outcome.path,
    route: outcome.route,
    status: outcome.status,
    durationMs: outcome.durationMs,
    result: outcome.result,
    pod: outcome.pod,
    traceId: random.hex(32),
    userId: client.userId,
    clientIp: client.ip,
    userAgent: client.userAgent,
    requestBytes: random.integer(380, 920),
    responseBytes: outcome.responseBytes,
    orderId: outcome.orderId ?? null,
    payment: outcome.payment ?? null,
    search: outcome.search ?? null,
  };
}

/**
 * Generates every external request of the window as one Poisson process spread over the routes, so
 * nginx, the services behind it and payments all log the same requests with consistent outcomes.
 */
export function createShopTraffic(workloads: ShopWorkloads): ShopRequest[] {
  const random = createRandom(0x5eed_0002);
  const clients = createClients(random);
  const requests: ShopRequest[] = [];
  const peakRate = TOTAL_RATE * 1.4;
  let time = SCENARIO_TIMELINE.windowStart;
  for (;;) {
    time += random.exponential(1_000 / peakRate);
    if (time > SCENARIO_TIMELINE.windowEnd) break;
    // Thinning: accept a candidate in proportion to the load at that moment.
    if (!random.chance(loadFactor(time) / 1.4)) continue;
    const route = random.weighted(ROUTE_RATES);
    requests.push(createRequest(random, workloads, random.pick(clients), route, Math.round(time)));
  }
  return requests;
}
