import type { CollectorV1 } from '@triagekit/core';
import type { z } from 'zod';

/** What a collector entry's factory gets besides its own validated entry. */
export interface CollectorConfigContext {
  /** The config file's directory: relative paths in the entry resolve against it. */
  readonly baseDirectory: string;
  /** Environment variables (credentials, kubeconfig paths); `process.env` in the binary. */
  readonly environment: Readonly<Record<string, string | undefined>>;
}

/**
 * One `{"type": ...}` entry of the config file's `collectors` list: its strict zod schema (the
 * `type` literal included) and the factory that turns a validated entry into collectors.
 */
export interface CollectorConfigDefinition<Schema extends z.ZodObject = z.ZodObject> {
  readonly schema: Schema;
  create(entry: z.infer<Schema>, context: CollectorConfigContext): Promise<CollectorV1[]>;
}

/** Keeps the entry's type flowing from the schema into `create`. */
export function defineCollectorConfig<Schema extends z.ZodObject>(
  definition: CollectorConfigDefinition<Schema>,
): CollectorConfigDefinition<Schema> {
  return definition;
}
