import type { CoreV1Event, V1ControllerRevision, V1Pod, V1ReplicaSet } from '@kubernetes/client-node';
import type { KubernetesApi } from '../connection/kubernetes-api.js';
import { createLimiter, type Limiter } from '../internal/create-limiter.js';
import { describeReadFailure } from '../request/describe-read-failure.js';
import {
  LISTED_RESOURCE_API_GROUPS,
  type ListedResource,
  type ListedResources,
  listResource,
} from '../request/list-resource.js';
import type { RequestSettings } from '../request/request-settings.js';
import type { PodListingPlan } from './plan-pod-listing.js';

/** What one collection reads from the API before mapping it. */
export interface ClusterState {
  readonly events: CoreV1Event[];
  readonly replicaSets: V1ReplicaSet[];
  readonly controllerRevisions: V1ControllerRevision[];
  readonly pods: V1Pod[];
  readonly warnings: string[];
  /** Lists whose first page came back. */
  readonly succeeded: number;
  /** Lists that returned nothing. */
  readonly failed: number;
}

/** How to read. */
export interface ClusterReadContext {
  readonly api: KubernetesApi;
  readonly settings: RequestSettings;
  readonly pageSize: number;
  readonly maxListItems: number;
  readonly concurrency: number;
}

/** What to read: namespaces (`null`: all) and sources. */
export interface ClusterReadPlan {
  readonly namespaces: readonly (string | null)[];
  readonly events: boolean;
  readonly rollouts: boolean;
  /** `null` when no logs are read. */
  readonly pods: PodListingPlan | null;
}

interface ListOutcome<Item> {
  readonly items: Item[];
  readonly warnings: string[];
  readonly ok: boolean;
}

async function listEach<Resource extends ListedResource>(
  context: ClusterReadContext,
  limit: Limiter,
  resource: Resource,
  namespaces: readonly (string | null)[],
  selectors: { readonly fieldSelector?: string; readonly labelSelector?: string } = {},
): Promise<ListOutcome<ListedResources[Resource]>[]> {
  return Promise.all(
    namespaces.map((namespace) =>
      limit(async (): Promise<ListOutcome<ListedResources[Resource]>> => {
        try {
          const result = await listResource({
            ...context,
            resource,
            namespace,
            ...(selectors.fieldSelector === undefined ? {} : { fieldSelector: selectors.fieldSelector }),
            ...(selectors.labelSelector === undefined ? {} : { labelSelector: selectors.labelSelector }),
          });
          return { items: result.items, warnings: result.warnings, ok: true };
        } catch (error) {
          context.settings.signal.throwIfAborted();
          const scope = namespace === null ? 'all namespaces' : `namespace "${namespace}"`;
          const read = {
            verb: 'list' as const,
            resource,
            apiGroup: LISTED_RESOURCE_API_GROUPS[resource],
            namespace,
            what: `list ${resource} in ${scope}`,
          };
          return { items: [], warnings: [describeReadFailure(read, error, context.api.server)], ok: false };
        }
      }),
    ),
  );
}

/**
 * Lists events, ReplicaSets, ControllerRevisions and pods, per namespace (or cluster-wide), with at most
 * `concurrency` requests in flight. A list that fails becomes a warning and the others go on; results keep
 * the namespaces' order whatever order the answers arrive in. Rejects only when the signal aborts.
 */
export async function readClusterState(
  context: ClusterReadContext,
  plan: ClusterReadPlan,
): Promise<ClusterState> {
  const limit = createLimiter(context.concurrency);
  const none = Promise.resolve([]);
  const [events, replicaSets, controllerRevisions, pods] = await Promise.all([
    plan.events ? listEach(context, limit, 'events', plan.namespaces) : none,
    plan.rollouts ? listEach(context, limit, 'replicasets', plan.namespaces) : none,
    plan.rollouts ? listEach(context, limit, 'controllerrevisions', plan.namespaces) : none,
    plan.pods ? listEach(context, limit, 'pods', plan.pods.namespaces, plan.pods) : none,
  ]);
  const all: ListOutcome<unknown>[] = [...events, ...replicaSets, ...controllerRevisions, ...pods];
  return {
    events: events.flatMap((outcome) => outcome.items),
    replicaSets: replicaSets.flatMap((outcome) => outcome.items),
    controllerRevisions: controllerRevisions.flatMap((outcome) => outcome.items),
    pods: pods.flatMap((outcome) => outcome.items),
    warnings: all.flatMap((outcome) => outcome.warnings),
    succeeded: all.filter((outcome) => outcome.ok).length,
    failed: all.filter((outcome) => !outcome.ok).length,
  };
}
