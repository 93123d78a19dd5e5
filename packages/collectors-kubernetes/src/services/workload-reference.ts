/** A workload (or any object) by kind and name, e.g. `{ kind: 'Deployment', name: 'payments-api' }`. */
export interface WorkloadReference {
  readonly kind: string;
  readonly name: string;
}
