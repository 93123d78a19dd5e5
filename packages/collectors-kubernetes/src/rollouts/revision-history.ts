import type { TimeWindow } from '@triagekit/core';
import { describeTemplateChange } from './describe-template-change.js';
import { type PodTemplateSnapshot, snapshotPodTemplate, templateImages } from './pod-template-snapshot.js';
import type { Rollout } from './rollout.js';

/** One stored revision of a workload, whatever object holds it. */
export interface StoredRevision {
  readonly workloadKind: Rollout['workloadKind'];
  readonly namespace: string;
  readonly workloadName: string;
  readonly revision: number;
  /** Creation time in milliseconds since the epoch. */
  readonly time: number;
  readonly revisionObject: string;
  readonly changeCause: string | null;
  /** The pod template, as the client returned it or as raw JSON. */
  readonly template: unknown;
  readonly labels: Readonly<Record<string, string>>;
}

/**
 * Turns the stored revisions of any number of workloads into the rollouts inside the window: each revision
 * created in the window, compared with the highest lower revision of the same workload (which may be older
 * than the window, or gone when the history limit removed it).
 */
export function revisionsToRollouts(revisions: readonly StoredRevision[], window: TimeWindow): Rollout[] {
  const byWorkload = new Map<string, StoredRevision[]>();
  for (const revision of revisions) {
    const key = `${revision.workloadKind}\u0000${revision.namespace}\u0000${revision.workloadName}`;
    const group = byWorkload.get(key) ?? [];
    group.push(revision);
    byWorkload.set(key, group);
  }
  const start = window.start.getTime();
  const end = window.end.getTime();
  const snapshots = new Map<StoredRevision, PodTemplateSnapshot>();
  const snapshotOf = (revision: StoredRevision) => {
    let snapshot = snapshots.get(revision);
    if (!snapshot) {
      snapshot = snapshotPodTemplate(revision.template);
      snapshots.set(revision, snapshot);
    }
    return snapshot;
  };
  const rollouts: Rollout[] = [];
  for (const group of byWorkload.values()) {
    group.sort((a, b) => a.revision - b.revision || a.time - b.time);
    group.forEach((current, index) => {
      if (current.time < start || current.time > end) return;
      const previous = index > 0 ? group[index - 1] : undefined;
      const snapshot = snapshotOf(current);
      rollouts.push({
        workloadKind: current.workloadKind,
        namespace: current.namespace,
        workloadName: current.workloadName,
        revision: current.revision,
        time: current.time,
        revisionObject: current.revisionObject,
        previousRevision: previous?.revision ?? null,
        previousRevisionObject: previous?.revisionObject ?? null,
        changeCause: current.changeCause,
        images: templateImages(snapshot),
        previousImages: previous ? templateImages(snapshotOf(previous)) : [],
        change: previous ? describeTemplateChange(snapshotOf(previous), snapshot) : null,
        labels: current.labels,
      });
    });
  }
  return rollouts.sort((a, b) => a.time - b.time || a.revisionObject.localeCompare(b.revisionObject));
}
