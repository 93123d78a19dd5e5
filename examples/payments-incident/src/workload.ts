import type { Random } from './create-random.js';

// Kubernetes builds generated name suffixes from this alphabet (no vowels, no look-alike digits).
const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** One pod of a Deployment, with the span during which it received traffic. */
export interface Pod {
  readonly name: string;
  readonly ip: string;
  readonly node: string;
  readonly replicaSet: string;
  readonly createdAt: number;
  /** When it first passed its readiness probe. */
  readonly readyAt: number;
  /** When it was told to stop; `Infinity` while it is still running. */
  readonly terminatingAt: number;
  /** Kubelet milestones while it starts, for pod events; absent for pods older than the window. */
  readonly startup?: { scheduledAt: number; pullingAt: number; pulledAt: number; startedAt: number };
}

/** One step of a rolling update: one new pod up, then one old pod down. */
export interface RolloutStep {
  readonly scaledUpAt: number;
  readonly newPod: Pod;
  readonly scaledDownAt: number;
  readonly oldPod: Pod;
  /** Replica counts after the step, for the `ScalingReplicaSet` messages. */
  readonly newReplicas: number;
  readonly oldReplicas: number;
}

/** A rolling update of a Deployment from one ReplicaSet to the next. */
export interface Rollout {
  readonly startsAt: number;
  readonly finishedAt: number;
  readonly revision: number;
  readonly previousRevision: number;
  readonly previousReplicaSet: string;
  readonly replicaSet: string;
  readonly image: string;
  readonly previousImage: string;
  readonly steps: readonly RolloutStep[];
}

/** A Deployment in namespace `shop` and the pods it ran during the window. */
export interface Workload {
  readonly service: string;
  readonly namespace: string;
  readonly container: string;
  readonly image: string;
  readonly pods: readonly Pod[];
  readonly rollout: Rollout | null;
  /** A pod that was ready at `timeMs`, picked at random the way a Service spreads requests. */
  servingPod(random: Random, timeMs: number): Pod;
}

/** How a Deployment looked and, optionally, how it was rolled out during the window. */
export interface WorkloadSpecification {
  readonly service: string;
  readonly container: string;
  readonly replicas: number;
  readonly image: string;
  readonly revision: number;
  /** When the pods running at the window start were created. */
  readonly runningSince: number;
  readonly rollout?: {
    readonly startsAt: number;
    readonly image: string;
    /** Milliseconds from container start to the first successful readiness probe. */
    readonly readyAfter: readonly [number, number];
    /** Milliseconds the image pull takes. */
    readonly pullTakes: readonly [number, number];
  };
}

function createPod(random: Random, replicaSet: string, createdAt: number, readyAt: number): Pod {
  return {
    name: `${replicaSet}-${random.characters(NAME_ALPHABET, 5)}`,
    ip: `10.42.${random.integer(1, 12)}.${random.integer(2, 250)}`,
    node: `ip-10-0-${random.integer(16, 63)}-${random.integer(4, 250)}.eu-west-1.compute.internal`,
    replicaSet,
    createdAt,
    readyAt,
    terminatingAt: Number.POSITIVE_INFINITY,
  };
}

/**
 * Creates the pods of a Deployment. A rollout replaces them one at a time, surge one and no
 * unavailability: a new pod is created, and only once it is ready is an old one stopped, so every new
 * ReplicaSet gets a new pod-template hash and new pod names, exactly as in a cluster.
 */
export function createWorkload(random: Random, specification: WorkloadSpecification): Workload {
  const { service, replicas } = specification;
  const replicaSet = `${service}-${random.characters(NAME_ALPHABET, 10)}`;
  const pods: Pod[] = [];
  const oldPods: Pod[] = [];
  for (let index = 0; index < replicas; index += 1) {
    const createdAt = specification.runningSince + random.integer(0, 90_000);
    oldPods.push(createPod(random, replicaSet, createdAt, createdAt + 15_000));
  }
  let rollout: Rollout | null = null;
  if (specification.rollout !== undefined) {
    const plan = specification.rollout;
    const newReplicaSet = `${service}-${random.characters(NAME_ALPHABET, 10)}`;
    const steps: RolloutStep[] = [];
    let scaledUpAt = plan.startsAt;
    for (let index = 0; index < replicas; index += 1) {
      const scheduledAt = scaledUpAt + random.integer(40, 250);
      const pullingAt = scheduledAt + random.integer(300, 900);
      const pulledAt = pullingAt + random.integer(...plan.pullTakes);
      const startedAt = pulledAt + random.integer(150, 400);
      const readyAt = startedAt + random.integer(...plan.readyAfter);
      const newPod: Pod = {
        ...createPod(random, newReplicaSet, scaledUpAt, readyAt),
        startup: { scheduledAt, pullingAt, pulledAt, startedAt },
      };
      const scaledDownAt = readyAt + random.integer(200, 600);
      const previous = oldPods[index];
      if (previous === undefined) throw new RangeError('Old and new ReplicaSets must have the same size.');
      const oldPod: Pod = { ...previous, terminatingAt: scaledDownAt };
      oldPods[index] = oldPod;
      steps.push({
        scaledUpAt,
        newPod,
        scaledDownAt,
        oldPod,
        newReplicas: index + 1,
        oldReplicas: replicas - index - 1,
      });
      scaledUpAt = scaledDownAt + random.integer(150, 500);
    }
    const last = steps.at(-1);
    rollout = {
      startsAt: plan.startsAt,
      finishedAt: last?.scaledDownAt ?? plan.startsAt,
      revision: specification.revision + 1,
      previousRevision: specification.revision,
      previousReplicaSet: replicaSet,
      replicaSet: newReplicaSet,
      image: plan.image,
      previousImage: specification.image,
      steps,
    };
    pods.push(...steps.map((step) => step.newPod));
  }
  pods.unshift(...oldPods);
  return {
    service,
    namespace: 'shop',
    container: specification.container,
    image: specification.image,
    pods,
    rollout,
    servingPod(pickRandom, timeMs) {
      const ready = pods.filter((pod) => pod.readyAt <= timeMs && timeMs < pod.terminatingAt);
      return pickRandom.pick(ready.length > 0 ? ready : pods);
    },
  };
}
