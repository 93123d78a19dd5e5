import type { TemplateChange } from './describe-template-change.js';

/** One revision of a workload that was rolled out inside the window. */
export interface Rollout {
  readonly workloadKind: 'Deployment' | 'StatefulSet' | 'DaemonSet';
  readonly namespace: string;
  readonly workloadName: string;
  readonly revision: number;
  /** When the revision was created, in milliseconds since the epoch. */
  readonly time: number;
  /** The object holding the revision, e.g. `ReplicaSet/payments-api-7d9c8b7f6d`. */
  readonly revisionObject: string;
  /** The revision before it, when the cluster still keeps it. */
  readonly previousRevision: number | null;
  readonly previousRevisionObject: string | null;
  /** The `kubernetes.io/change-cause` annotation, when set. */
  readonly changeCause: string | null;
  readonly images: readonly string[];
  readonly previousImages: readonly string[];
  /** What changed against the previous revision; `null` when there is none to compare with. */
  readonly change: TemplateChange | null;
  /** The revision object's labels (its pod template's), for the service name. */
  readonly labels: Readonly<Record<string, string>>;
}
