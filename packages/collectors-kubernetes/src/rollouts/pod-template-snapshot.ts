import { canonicalJson } from '../internal/canonical-json.js';

/** The parts of one container that a rollout can change, each as canonical JSON. */
export interface ContainerSnapshot {
  readonly name: string;
  /** `init` for init containers. */
  readonly role: 'main' | 'init';
  readonly image: string | null;
  /** Environment variables by name (canonical JSON of each entry). */
  readonly env: ReadonlyMap<string, string>;
  readonly envFrom: string;
  readonly commandAndArgs: string;
  readonly resources: string;
  /** Everything else (probes, ports, mounts, ...), to tell "some other change" from "no change". */
  readonly rest: string;
}

/** A pod template reduced to what {@link describeTemplateChange} compares. */
export interface PodTemplateSnapshot {
  readonly containers: readonly ContainerSnapshot[];
  readonly annotations: Readonly<Record<string, string>>;
  readonly volumes: string;
  /** The pod spec without containers and volumes. */
  readonly rest: string;
}

type JsonRecord = Record<string, unknown>;

function record(value: unknown): JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonRecord) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function snapshotContainer(value: unknown, role: 'main' | 'init'): ContainerSnapshot {
  const { name, image, env, envFrom, command, args, resources, ...rest } = record(value);
  const variables = new Map<string, string>();
  for (const entry of list(env)) {
    const variable = record(entry);
    if (typeof variable.name === 'string') variables.set(variable.name, canonicalJson(variable));
  }
  return {
    name: typeof name === 'string' ? name : '(unnamed)',
    role,
    image: typeof image === 'string' ? image : null,
    env: variables,
    envFrom: canonicalJson(envFrom ?? []),
    commandAndArgs: canonicalJson({ command, args }),
    resources: canonicalJson(resources ?? {}),
    rest: canonicalJson(rest),
  };
}

/**
 * Reduces a pod template (`spec.template` of a ReplicaSet as the client returns it, or the raw JSON in a
 * ControllerRevision's `data.spec.template`) to comparable parts. Never throws: missing parts are empty.
 */
export function snapshotPodTemplate(template: unknown): PodTemplateSnapshot {
  const metadata = record(record(template).metadata);
  const spec = record(record(template).spec);
  const { containers, initContainers, volumes, ...rest } = spec;
  const annotations: Record<string, string> = {};
  for (const [key, value] of Object.entries(record(metadata.annotations))) {
    if (typeof value === 'string') annotations[key] = value;
  }
  return {
    containers: [
      ...list(initContainers).map((container) => snapshotContainer(container, 'init')),
      ...list(containers).map((container) => snapshotContainer(container, 'main')),
    ],
    annotations,
    volumes: canonicalJson(volumes ?? []),
    rest: canonicalJson(rest),
  };
}

/** The images of a template's main containers, in order, without repeats. */
export function templateImages(snapshot: PodTemplateSnapshot): string[] {
  const images = snapshot.containers
    .filter((container) => container.role === 'main' && container.image !== null)
    .map((container) => container.image as string);
  return [...new Set(images)];
}
