import { resolve } from 'node:path';
import { createFileLogCollector } from '@triagekit/collectors-logs';
import { z } from 'zod';
import { defineCollectorConfig } from './define-collector-config.js';

/** `{"type": "files", "paths": ["logs/*.log"]}`: log files, plain, gzip or rotated. */
export const filesCollectorConfig = defineCollectorConfig({
  schema: z
    .object({
      /** Log files: plain, gzip, rotated sets and glob patterns, relative to the config file. */
      type: z.literal('files'),
      id: z.string().min(1).optional(),
      paths: z.array(z.string().min(1)).min(1),
      /** Service for lines that do not name one; default: from each line, else the file name. */
      service: z.string().min(1).optional(),
      maxLines: z.number().int().positive().optional(),
    })
    .strict(),
  async create(entry, context) {
    return [
      createFileLogCollector({
        ...(entry.id === undefined ? {} : { collectorId: entry.id }),
        paths: entry.paths.map((path) => resolve(context.baseDirectory, path)),
        ...(entry.service === undefined ? {} : { service: entry.service }),
        ...(entry.maxLines === undefined ? {} : { maxLines: entry.maxLines }),
      }),
    ];
  },
});
