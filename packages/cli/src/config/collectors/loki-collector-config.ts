import { createLokiLogCollector } from '@triagekit/collectors-logs';
import { z } from 'zod';
import { defineCollectorConfig } from './define-collector-config.js';

/** `{"type": "loki", "url": "...", "query": "{app=\"shop\"}"}`: Grafana Loki over the window. */
export const lokiCollectorConfig = defineCollectorConfig({
  schema: z
    .object({
      /** Grafana Loki `query_range` over the window. */
      type: z.literal('loki'),
      id: z.string().min(1).optional(),
      url: z.url(),
      /** LogQL stream selector and filters, e.g. `{namespace="shop"} |= "error"`. */
      query: z.string().min(1),
      headers: z.record(z.string(), z.string()).optional(),
      pageLimit: z.number().int().positive().optional(),
      maxLines: z.number().int().positive().optional(),
      timeoutMs: z.number().int().positive().optional(),
    })
    .strict(),
  async create(entry) {
    return [
      createLokiLogCollector({
        ...(entry.id === undefined ? {} : { collectorId: entry.id }),
        baseUrl: entry.url,
        query: entry.query,
        ...(entry.headers === undefined ? {} : { headers: entry.headers }),
        ...(entry.pageLimit === undefined ? {} : { pageLimit: entry.pageLimit }),
        ...(entry.maxLines === undefined ? {} : { maxLines: entry.maxLines }),
        ...(entry.timeoutMs === undefined ? {} : { timeoutMs: entry.timeoutMs }),
      }),
    ];
  },
});
