import type { EvidenceInput } from '@triagekit/core';
import type { Rollout } from './rollout.js';

/**
 * Turns a rollout into `change` evidence whose text says what changed:
 * `Deployment prod/payments-api rolled out revision 7: image payments-api: …:1.41.0 → …:1.42.0 (change-cause:
 * …)`. Without a previous revision to compare with, the text names the images instead. Attributes:
 * `changeType: 'rollout'`, `workload`, `namespace`, `revision`, `previousRevision`, `revisionObject`,
 * `previousRevisionObject`, `changeCause`, `image`, `previousImage`, `imageChanged`, `configChanged`,
 * `changes`.
 */
export function rolloutToEvidence(rollout: Rollout, service: string | null): EvidenceInput {
  const workload = `${rollout.workloadKind} ${rollout.namespace}/${rollout.workloadName}`;
  const what = rollout.change
    ? rollout.change.descriptions.join('; ')
    : `no earlier revision is kept to compare with; image ${rollout.images.join(', ') || 'none'}`;
  const cause = rollout.changeCause ? ` (change-cause: ${rollout.changeCause})` : '';
  return {
    kind: 'change',
    time: new Date(rollout.time),
    service,
    severity: 'info',
    text: `${workload} rolled out revision ${rollout.revision}: ${what}${cause}`,
    attributes: {
      changeType: 'rollout',
      workload: `${rollout.workloadKind}/${rollout.namespace}/${rollout.workloadName}`,
      namespace: rollout.namespace,
      revision: rollout.revision,
      previousRevision: rollout.previousRevision,
      revisionObject: rollout.revisionObject,
      previousRevisionObject: rollout.previousRevisionObject,
      changeCause: rollout.changeCause,
      image: rollout.images.join(', ') || null,
      previousImage: rollout.previousImages.join(', ') || null,
      imageChanged: rollout.change?.imageChanged ?? null,
      configChanged: rollout.change?.configChanged ?? null,
      changes: rollout.change ? rollout.change.descriptions.join('; ') : null,
    },
  };
}
