import type { EvidenceSink } from './create-evidence-sink.js';
import type { ShopWorkloads } from './create-shop-workloads.js';
import { INFRA_COMMITS, type InfraCommit } from './infra-commits.js';
import { addKubernetesEvent } from './kubernetes-event.js';
import type { Workload } from './workload.js';

/** What changed in the pod template, as read from the two ReplicaSets. */
interface TemplateChange {
  readonly commit: InfraCommit;
  /** The config map whose checksum annotation changed, if any. */
  readonly configMap: string | null;
}

function changeCause(commit: InfraCommit): string {
  return `infra@${commit.sha.slice(0, 7)}: ${commit.subject}`;
}

function addRollout(sink: EvidenceSink, workload: Workload, change: TemplateChange): void {
  const rollout = workload.rollout;
  if (rollout === null) return;
  const { service, namespace, container } = workload;
  const cause = changeCause(change.commit);
  const imageChanged = rollout.image !== rollout.previousImage;
  const what = [
    change.configMap === null ? null : `config changed: configmap ${change.configMap}`,
    imageChanged ? `image ${rollout.previousImage} -> ${rollout.image}` : null,
  ].filter((part) => part !== null);
  sink.add(rollout.startsAt, service, () => ({
    kind: 'change',
    severity: 'info',
    text:
      `Deployment ${namespace}/${service} rolled out revision ${rollout.revision} ` +
      `(${what.join('; ')}; change-cause: ${cause})`,
    attributes: {
      changeType: 'rollout',
      workload: `Deployment/${namespace}/${service}`,
      namespace,
      revision: rollout.revision,
      previousRevision: rollout.previousRevision,
      changeCause: cause,
      image: rollout.image,
      previousImage: rollout.previousImage,
      configChanged: change.configMap !== null,
      configMap: change.configMap,
      replicaSet: rollout.replicaSet,
      previousReplicaSet: rollout.previousReplicaSet,
      replicas: rollout.steps.length,
      completedAt: new Date(rollout.finishedAt).toISOString(),
    },
    links: [{ label: 'commit', url: `https://git.example.com/infra/commit/${change.commit.sha}` }],
  }));

  const deployment = `Deployment/${service}`;
  for (const step of rollout.steps) {
    const { newPod, oldPod } = step;
    const upTo = step.newReplicas;
    const downTo = step.oldReplicas;
    const events = [
      {
        time: step.scaledUpAt,
        involvedObject: deployment,
        reason: 'ScalingReplicaSet',
        reportingComponent: 'deployment-controller',
        message: `Scaled up replica set ${rollout.replicaSet} to ${upTo} from ${upTo - 1}`,
      },
      {
        time: step.scaledUpAt + 25,
        involvedObject: `ReplicaSet/${rollout.replicaSet}`,
        reason: 'SuccessfulCreate',
        reportingComponent: 'replicaset-controller',
        message: `Created pod: ${newPod.name}`,
      },
    ];
    if (newPod.startup !== undefined) {
      const { scheduledAt, pullingAt, pulledAt, startedAt } = newPod.startup;
      const pulled = `${((pulledAt - pullingAt) / 1_000).toFixed(3)}s`;
      const pod = `Pod/${newPod.name}`;
      events.push(
        {
          time: scheduledAt,
          involvedObject: pod,
          reason: 'Scheduled',
          reportingComponent: 'default-scheduler',
          message: `Successfully assigned ${namespace}/${newPod.name} to ${newPod.node}`,
        },
        {
          time: pullingAt,
          involvedObject: pod,
          reason: 'Pulling',
          reportingComponent: 'kubelet',
          message: `Pulling image "${rollout.image}"`,
        },
        {
          time: pulledAt,
          involvedObject: pod,
          reason: 'Pulled',
          reportingComponent: 'kubelet',
          message: `Successfully pulled image "${rollout.image}" in ${pulled} (${pulled} including waiting)`,
        },
        {
          time: startedAt - 60,
          involvedObject: pod,
          reason: 'Created',
          reportingComponent: 'kubelet',
          message: `Created container ${container}`,
        },
        {
          time: startedAt,
          involvedObject: pod,
          reason: 'Started',
          reportingComponent: 'kubelet',
          message: `Started container ${container}`,
        },
      );
    }
    events.push(
      {
        time: step.scaledDownAt,
        involvedObject: deployment,
        reason: 'ScalingReplicaSet',
        reportingComponent: 'deployment-controller',
        message: `Scaled down replica set ${rollout.previousReplicaSet} to ${downTo} from ${downTo + 1}`,
      },
      {
        time: step.scaledDownAt + 20,
        involvedObject: `ReplicaSet/${rollout.previousReplicaSet}`,
        reason: 'SuccessfulDelete',
        reportingComponent: 'replicaset-controller',
        message: `Deleted pod: ${oldPod.name}`,
      },
      {
        time: step.scaledDownAt + 45,
        involvedObject: `Pod/${oldPod.name}`,
        reason: 'Killing',
        reportingComponent: 'kubelet',
        message: `Stopping container ${container}`,
      },
    );
    for (const event of events) addKubernetesEvent(sink, { ...event, service, type: 'Normal' });
  }
}

/**
 * Writes the two rollouts of the window into `sink`: a `change` item for each (what changed and the
 * change-cause annotation pointing at its commit) and the Normal events the controllers and kubelets
 * record while old pods are replaced by new ones.
 */
export function addKubernetesRollouts(sink: EvidenceSink, workloads: ShopWorkloads): void {
  addRollout(sink, workloads.payments, { commit: INFRA_COMMITS.paymentsPool, configMap: 'payments-config' });
  addRollout(sink, workloads.search, { commit: INFRA_COMMITS.searchImage, configMap: null });
}
