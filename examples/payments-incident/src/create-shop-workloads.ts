import { createRandom } from './create-random.js';
import { SCENARIO_TIMELINE } from './scenario-timeline.js';
import { createWorkload, type Workload } from './workload.js';

/** The Deployments of the `shop` namespace that appear in the scenario. */
export interface ShopWorkloads {
  readonly payments: Workload;
  readonly checkout: Workload;
  readonly orders: Workload;
  readonly search: Workload;
  readonly ingressNginx: Workload;
}

const REGISTRY = 'registry.example.com/shop';
const PAYMENTS_IMAGE = `${REGISTRY}/payments:3.8.2`;

/**
 * Creates the workloads with fixed pod names. Only payments and search roll out during the window;
 * payments keeps its image (only its config changed), search gets a new one.
 */
export function createShopWorkloads(): ShopWorkloads {
  const random = createRandom(0x5eed_0001);
  const longAgo = SCENARIO_TIMELINE.windowStart - 2 * 24 * 3_600_000;
  return {
    payments: createWorkload(random, {
      service: 'payments',
      container: 'payments',
      replicas: 4,
      image: PAYMENTS_IMAGE,
      revision: 41,
      runningSince: longAgo,
      // A Spring Boot service: slow to start, and the readiness probe waits for the database pool.
      rollout: {
        startsAt: SCENARIO_TIMELINE.paymentsRollout,
        image: PAYMENTS_IMAGE,
        readyAfter: [15_000, 18_000],
        pullTakes: [1_800, 3_200],
      },
    }),
    checkout: createWorkload(random, {
      service: 'checkout',
      container: 'checkout',
      replicas: 3,
      image: `${REGISTRY}/checkout:5.21.0`,
      revision: 63,
      runningSince: longAgo + 7 * 3_600_000,
    }),
    orders: createWorkload(random, {
      service: 'orders',
      container: 'orders',
      replicas: 3,
      image: `${REGISTRY}/orders:1.44.1`,
      revision: 29,
      runningSince: longAgo - 24 * 3_600_000,
    }),
    search: createWorkload(random, {
      service: 'search',
      container: 'search',
      replicas: 3,
      image: `${REGISTRY}/search:2.13.4`,
      revision: 17,
      runningSince: longAgo + 19 * 3_600_000,
      rollout: {
        startsAt: SCENARIO_TIMELINE.searchRollout,
        image: `${REGISTRY}/search:2.14.0`,
        readyAfter: [4_000, 6_000],
        pullTakes: [6_000, 9_000],
      },
    }),
    ingressNginx: createWorkload(random, {
      service: 'ingress-nginx',
      container: 'controller',
      replicas: 2,
      image: 'registry.k8s.io/ingress-nginx/controller:v1.11.3',
      revision: 9,
      runningSince: longAgo - 11 * 24 * 3_600_000,
    }),
  };
}
