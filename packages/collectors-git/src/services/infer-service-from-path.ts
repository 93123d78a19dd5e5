/** Top-level directories whose subdirectories are named after services (`k8s/payments/...`). */
export const SERVICE_DIRECTORY_ROOTS: readonly string[] = Object.freeze([
  'k8s',
  'kubernetes',
  'helm',
  'charts',
]);

/**
 * Directory names that group or layer manifests rather than name a service; the heuristic looks past them
 * (`k8s/base/payments/deploy.yaml` and `k8s/apps/payments/deploy.yaml` are both `payments`).
 */
export const GENERIC_DIRECTORY_NAMES: readonly string[] = Object.freeze([
  'apps',
  'base',
  'bases',
  'clusters',
  'common',
  'components',
  'dev',
  'envs',
  'environments',
  'namespaces',
  'overlays',
  'prod',
  'production',
  'services',
  'shared',
  'staging',
  'templates',
]);

const roots = new Set(SERVICE_DIRECTORY_ROOTS);
const generic = new Set(GENERIC_DIRECTORY_NAMES);

/**
 * The default path → service heuristic: under a top-level `k8s/`, `kubernetes/`, `helm/` or `charts/`
 * directory, the first directory that is not a generic grouping name ({@link GENERIC_DIRECTORY_NAMES}) names
 * the service: `k8s/payments/deploy.yaml` and `helm/payments/templates/hpa.yaml` are `payments`. Files
 * directly in such a directory (`helm/values-prod.yaml`), and every other path, name no service (`null`).
 * Never throws.
 */
export function inferServiceFromPath(path: string): string | null {
  const segments = path.split('/');
  if (segments.length < 3 || !roots.has(segments[0] as string)) return null;
  // The last segment is the file: only directories name services.
  for (const segment of segments.slice(1, -1)) {
    if (segment.length > 0 && segment.length <= 256 && !generic.has(segment.toLowerCase())) return segment;
  }
  return null;
}
