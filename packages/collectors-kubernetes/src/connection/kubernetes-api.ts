import { AppsV1Api, CoreV1Api, type KubeConfig } from '@kubernetes/client-node';

/** The official client's API groups this collector reads, and the server they talk to. */
export interface KubernetesApi {
  readonly core: CoreV1Api;
  readonly apps: AppsV1Api;
  /** The API server URL of the current context, for messages. */
  readonly server: string;
}

/** Builds the API clients from a loaded kubeconfig (see `loadKubeConfig`). */
export function createKubernetesApi(kubeConfig: KubeConfig): KubernetesApi {
  return {
    core: kubeConfig.makeApiClient(CoreV1Api),
    apps: kubeConfig.makeApiClient(AppsV1Api),
    server: kubeConfig.getCurrentCluster()?.server ?? '(unknown server)',
  };
}
