import { createPrometheusCollector } from '@triagekit/collectors-prometheus';
import { z } from 'zod';
import { defineCollectorConfig } from './define-collector-config.js';

const queryConfigSchema = z
  .object({
    name: z.string().min(1),
    /** PromQL; `$service` is replaced by each service. */
    query: z.string().min(1),
    service: z.string().min(1).optional(),
    direction: z.enum(['up', 'down']).optional(),
    threshold: z.number().optional(),
    unit: z.string().optional(),
  })
  .strict();

/** `{"type": "prometheus", "url": "http://prometheus:9090"}`: range queries and firing alerts. */
export const prometheusCollectorConfig = defineCollectorConfig({
  schema: z
    .object({
      type: z.literal('prometheus'),
      id: z.string().min(1).optional(),
      url: z.url(),
      alertmanagerUrl: z.url().optional(),
      queries: z.array(queryConfigSchema).optional(),
      useDefaultQueries: z.boolean().optional(),
      services: z.array(z.string().min(1)).optional(),
      includeAlertExpression: z.boolean().optional(),
      headers: z.record(z.string(), z.string()).optional(),
      stepSeconds: z.number().positive().optional(),
      timeoutMs: z.number().int().positive().optional(),
    })
    .strict(),
  async create(entry) {
    const { type: _type, id, ...options } = entry;
    return [createPrometheusCollector({ ...options, ...(id === undefined ? {} : { collectorId: id }) })];
  },
});
