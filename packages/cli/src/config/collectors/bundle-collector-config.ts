import { resolve } from 'node:path';
import { createBundleCollectors, readIncidentBundle } from '@triagekit/core';
import { z } from 'zod';
import { defineCollectorConfig } from './define-collector-config.js';

/** `{"type": "bundle", "path": "./incident-bundle"}`: replays a recorded incident bundle. */
export const bundleCollectorConfig = defineCollectorConfig({
  schema: z
    .object({
      /** Replays the evidence of an incident bundle directory. */
      type: z.literal('bundle'),
      /** Bundle directory, relative to the config file. */
      path: z.string().min(1),
    })
    .strict(),
  async create(entry, context) {
    const bundle = await readIncidentBundle(resolve(context.baseDirectory, entry.path));
    return createBundleCollectors(bundle);
  },
});
