import type { ContainerSnapshot, PodTemplateSnapshot } from './pod-template-snapshot.js';

/** What changed between two revisions of a pod template. */
export interface TemplateChange {
  /** Human-readable parts, most telling first: image changes, then configuration changes. */
  readonly descriptions: readonly string[];
  readonly imageChanged: boolean;
  /** Environment, command, resources, annotations, volumes or other settings changed. */
  readonly configChanged: boolean;
}

// `kubectl rollout restart` changes only this annotation: worth saying in plain words.
const restartAnnotation = 'kubectl.kubernetes.io/restartedAt';

function containerLabel(container: ContainerSnapshot): string {
  return container.role === 'init' ? `init container ${container.name}` : container.name;
}

function changedKeys(previous: ReadonlyMap<string, string>, current: ReadonlyMap<string, string>): string[] {
  const keys = new Set([...previous.keys(), ...current.keys()]);
  return [...keys].filter((key) => previous.get(key) !== current.get(key)).sort();
}

function describeContainerConfig(before: ContainerSnapshot, after: ContainerSnapshot): string[] {
  const label = containerLabel(after);
  const parts: string[] = [];
  const variables = changedKeys(before.env, after.env);
  // Names only: values may be secrets, and the name is what a human needs to look further.
  if (variables.length > 0) parts.push(`env of ${label} changed: ${variables.join(', ')}`);
  if (before.envFrom !== after.envFrom) parts.push(`envFrom of ${label} changed`);
  if (before.commandAndArgs !== after.commandAndArgs) parts.push(`command/args of ${label} changed`);
  if (before.resources !== after.resources) parts.push(`resources of ${label} changed`);
  if (before.rest !== after.rest)
    parts.push(`other settings of ${label} changed (probes, ports, mounts, ...)`);
  return parts;
}

function describeAnnotations(previous: PodTemplateSnapshot, current: PodTemplateSnapshot): string[] {
  const keys = changedKeys(
    new Map(Object.entries(previous.annotations)),
    new Map(Object.entries(current.annotations)),
  );
  const parts: string[] = [];
  if (keys.includes(restartAnnotation)) parts.push('restarted (kubectl rollout restart)');
  const others = keys.filter((key) => key !== restartAnnotation);
  if (others.length > 0) parts.push(`pod template annotations changed: ${others.join(', ')}`);
  return parts;
}

/**
 * Compares two revisions of a pod template: `image payments-api: …:1.41.0 → …:1.42.0`, containers added or
 * removed, environment variable names whose values changed, command, resources, annotations (a
 * `checksum/config` annotation usually means a ConfigMap changed), volumes, other settings. Falls back to
 * `pod template changed (no difference in the compared fields)` so that every rollout says something.
 */
export function describeTemplateChange(
  previous: PodTemplateSnapshot,
  current: PodTemplateSnapshot,
): TemplateChange {
  const images: string[] = [];
  const config: string[] = [];
  const before = new Map(
    previous.containers.map((container) => [`${container.role}:${container.name}`, container]),
  );
  const after = new Map(
    current.containers.map((container) => [`${container.role}:${container.name}`, container]),
  );
  for (const [key, container] of after) {
    const old = before.get(key);
    if (!old) {
      images.push(`${containerLabel(container)} added (image ${container.image ?? 'none'})`);
      continue;
    }
    if (old.image !== container.image) {
      images.push(
        `image ${containerLabel(container)}: ${old.image ?? 'none'} → ${container.image ?? 'none'}`,
      );
    }
    config.push(...describeContainerConfig(old, container));
  }
  for (const [key, container] of before) {
    if (!after.has(key)) images.push(`${containerLabel(container)} removed`);
  }
  config.push(...describeAnnotations(previous, current));
  if (previous.volumes !== current.volumes) config.push('volumes changed');
  if (previous.rest !== current.rest) config.push('other pod settings changed');
  const descriptions = [...images, ...config];
  return {
    descriptions:
      descriptions.length > 0
        ? descriptions
        : ['pod template changed (no difference in the compared fields)'],
    imageChanged: images.length > 0,
    configChanged: config.length > 0,
  };
}
