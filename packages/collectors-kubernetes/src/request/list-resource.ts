import type {
  ConfigurationOptions,
  CoreV1Event,
  ObservableMiddleware,
  V1ControllerRevision,
  V1ListMeta,
  V1Pod,
  V1ReplicaSet,
} from '@kubernetes/client-node';
import type { KubernetesApi } from '../connection/kubernetes-api.js';
import { callKubernetes } from './call-kubernetes.js';
import { KubernetesRequestError } from './kubernetes-request-error.js';
import { type ListAllPagesResult, listAllPages } from './list-all-pages.js';
import type { RequestSettings } from './request-settings.js';

/** The item type of every list this collector reads, by RBAC resource name. */
export interface ListedResources {
  readonly events: CoreV1Event;
  readonly replicasets: V1ReplicaSet;
  readonly controllerrevisions: V1ControllerRevision;
  readonly pods: V1Pod;
}

/** A resource this collector lists. */
export type ListedResource = keyof ListedResources;

/** The API group of each listed resource (`''` is the core group), for RBAC hints. */
export const LISTED_RESOURCE_API_GROUPS: Readonly<Record<ListedResource, string>> = {
  events: '',
  pods: '',
  replicasets: 'apps',
  controllerrevisions: 'apps',
};

interface ListQuery {
  readonly limit: number;
  readonly _continue?: string;
  readonly fieldSelector?: string;
  readonly labelSelector?: string;
}

type Options = ConfigurationOptions<ObservableMiddleware>;
type ListAnswer<Item> = { readonly items?: Item[]; readonly metadata?: V1ListMeta };
type Lister<Item> = (
  api: KubernetesApi,
  namespace: string | null,
  query: ListQuery,
  options: Options,
) => Promise<ListAnswer<Item>>;

// One generated method per resource and scope: GET /api/v1/events, /api/v1/namespaces/{ns}/events, ...
const listers: { readonly [Resource in ListedResource]: Lister<ListedResources[Resource]> } = {
  events: (api, namespace, query, options) =>
    namespace === null
      ? api.core.listEventForAllNamespaces(query, options)
      : api.core.listNamespacedEvent({ namespace, ...query }, options),
  pods: (api, namespace, query, options) =>
    namespace === null
      ? api.core.listPodForAllNamespaces(query, options)
      : api.core.listNamespacedPod({ namespace, ...query }, options),
  replicasets: (api, namespace, query, options) =>
    namespace === null
      ? api.apps.listReplicaSetForAllNamespaces(query, options)
      : api.apps.listNamespacedReplicaSet({ namespace, ...query }, options),
  controllerrevisions: (api, namespace, query, options) =>
    namespace === null
      ? api.apps.listControllerRevisionForAllNamespaces(query, options)
      : api.apps.listNamespacedControllerRevision({ namespace, ...query }, options),
};

/** What {@link listResource} lists and how. */
export interface ListResourceRequest<Resource extends ListedResource> {
  readonly api: KubernetesApi;
  readonly resource: Resource;
  /** `null` for all namespaces. */
  readonly namespace: string | null;
  readonly settings: RequestSettings;
  readonly pageSize: number;
  readonly maxListItems: number;
  readonly fieldSelector?: string;
  readonly labelSelector?: string;
}

/**
 * Lists one resource in one namespace (or all), page by page through the official client (see
 * `listAllPages` for expired tokens and caps, `callKubernetes` for retries and timeouts). A page that is
 * not a list (no `items` array) counts as a malformed answer. Rejects like `listAllPages`.
 */
export async function listResource<Resource extends ListedResource>(
  request: ListResourceRequest<Resource>,
): Promise<ListAllPagesResult<ListedResources[Resource]>> {
  const { resource, namespace } = request;
  const lister = listers[resource] as Lister<ListedResources[Resource]>;
  return listAllPages({
    what: `${resource} in ${namespace === null ? 'all namespaces' : `namespace "${namespace}"`}`,
    maxItems: request.maxListItems,
    keyOf: (item) => item.metadata?.uid,
    fetchPage: async (continueToken) => {
      const query: ListQuery = {
        limit: request.pageSize,
        ...(continueToken === undefined ? {} : { _continue: continueToken }),
        ...(request.fieldSelector === undefined ? {} : { fieldSelector: request.fieldSelector }),
        ...(request.labelSelector === undefined ? {} : { labelSelector: request.labelSelector }),
      };
      const answer = await callKubernetes(request.settings, (options) =>
        lister(request.api, namespace, query, options),
      );
      if (typeof answer !== 'object' || answer === null || !Array.isArray(answer.items)) {
        throw new KubernetesRequestError({
          failureKind: 'malformed-body',
          message: `the answer to the ${resource} list has no "items" array`,
          url: request.api.server,
          isRetryable: false,
        });
      }
      return { items: answer.items, continueToken: answer.metadata?._continue };
    },
  });
}
