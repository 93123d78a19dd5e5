/**
 * The paths read when none are configured: deployment and infrastructure configuration, where the changes
 * that page people are usually made.
 *
 * Directories at the repository's top: `k8s/`, `kubernetes/`, `helm/`, `charts/`, `terraform/`. Files
 * anywhere: Terraform and Terragrunt (`*.tf`, `*.tf.json`, `*.tfvars`, `*.tfvars.json`, `*.hcl`), Helm
 * (`Chart.yaml`, `values*.yaml`, `values*.yml`), Kustomize (`kustomization.yaml`, `kustomization.yml`,
 * `Kustomization`), containers (`Dockerfile`, `Dockerfile.*`, `*.dockerfile`, `docker-compose*.yml`,
 * `docker-compose*.yaml`, `compose.yaml`, `compose.yml`).
 */
export const DEFAULT_CHANGE_PATHS: readonly string[] = Object.freeze([
  'k8s/',
  'kubernetes/',
  'helm/',
  'charts/',
  'terraform/',
  '**/*.tf',
  '**/*.tf.json',
  '**/*.tfvars',
  '**/*.tfvars.json',
  '**/*.hcl',
  '**/Chart.yaml',
  '**/values*.yaml',
  '**/values*.yml',
  '**/kustomization.yaml',
  '**/kustomization.yml',
  '**/Kustomization',
  '**/Dockerfile',
  '**/Dockerfile.*',
  '**/*.dockerfile',
  '**/docker-compose*.yml',
  '**/docker-compose*.yaml',
  '**/compose.yaml',
  '**/compose.yml',
]);
