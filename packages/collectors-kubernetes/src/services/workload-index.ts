import { ownersFromGeneratedName } from './owners-from-generated-name.js';
import type { ServiceSubject } from './service-resolver.js';

function keyOf(namespace: string, kind: string, name: string): string {
  return `${namespace}\u0000${kind}\u0000${name}`;
}

/**
 * The objects read in one collection (pods, ReplicaSets, ControllerRevisions) and their workloads, so that
 * an event naming a pod or a Deployment gets the same service as the pod's logs and the Deployment's rollout.
 */
export class WorkloadIndex {
  readonly #subjects = new Map<string, ServiceSubject>();
  readonly #resolve: (subject: ServiceSubject) => string | null;

  /** @param resolve - the service-naming rule (see `createServiceResolver`). */
  constructor(resolve: (subject: ServiceSubject) => string | null) {
    this.#resolve = resolve;
  }

  /** Records an object read from the API, and its workload when no object of that name was recorded yet. */
  add(subject: ServiceSubject): void {
    this.#subjects.set(keyOf(subject.namespace, subject.kind, subject.name), subject);
    const { workload } = subject;
    if (workload) {
      const key = keyOf(subject.namespace, workload.kind, workload.name);
      if (!this.#subjects.has(key)) {
        this.#subjects.set(key, { ...subject, kind: workload.kind, name: workload.name, workload: null });
      }
    }
  }

  /** The service of a recorded object. */
  serviceOfSubject(subject: ServiceSubject): string | null {
    return this.#resolve(subject);
  }

  /**
   * The service of any object: a recorded one by its labels; otherwise that of the recorded object owning
   * it by Kubernetes' generated names (a pod's ReplicaSet or Deployment); otherwise the rule applied to its
   * name alone, with the owner guessed from the name as its workload.
   */
  serviceOf(namespace: string, kind: string, name: string): string | null {
    const known = this.#subjects.get(keyOf(namespace, kind, name));
    if (known) return this.#resolve(known);
    const owners = ownersFromGeneratedName(kind, name);
    for (const owner of owners) {
      const recorded = this.#subjects.get(keyOf(namespace, owner.kind, owner.name));
      if (recorded) return this.#resolve(recorded);
    }
    const workload = owners.find((owner) => owner.kind !== 'ReplicaSet') ?? null;
    return this.#resolve({ namespace, kind, name, labels: {}, workload });
  }
}
