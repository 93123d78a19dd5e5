import { z } from 'zod';

const bundleCollectorConfigSchema = z
  .object({
    /** Replays the evidence of an incident bundle directory. */
    type: z.literal('bundle'),
    /** Bundle directory, relative to the config file. */
    path: z.string().min(1),
  })
  .strict();

const filesCollectorConfigSchema = z
  .object({
    /** Log files: plain, gzip, rotated sets and glob patterns, relative to the config file. */
    type: z.literal('files'),
    id: z.string().min(1).optional(),
    paths: z.array(z.string().min(1)).min(1),
    /** Service for lines that do not name one; default: from each line, else the file name. */
    service: z.string().min(1).optional(),
    maxLines: z.number().int().positive().optional(),
  })
  .strict();

const lokiCollectorConfigSchema = z
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
  .strict();

/** One collector entry of the config file. */
export const collectorConfigSchema = z.discriminatedUnion('type', [
  bundleCollectorConfigSchema,
  filesCollectorConfigSchema,
  lokiCollectorConfigSchema,
]);

const redactionRuleConfigSchema = z
  .object({
    id: z.string().min(1),
    /** A JavaScript regular expression source, e.g. `acct-[0-9]{8}`. */
    pattern: z.string().min(1),
    /** Regular expression flags; `g` is always added. */
    flags: z
      .string()
      .regex(/^[gimsuy]*$/, 'only the flags g, i, m, s, u and y are allowed')
      .optional(),
    replacement: z.string().optional(),
  })
  .strict();

/** The `--config` file of `triagekit run` (JSON). Relative paths resolve against the file's directory. */
export const cliConfigSchema = z
  .object({
    window: z
      .object({
        beforeMinutes: z.number().nonnegative().optional(),
        afterMinutes: z.number().nonnegative().optional(),
      })
      .strict()
      .optional(),
    collectors: z.array(collectorConfigSchema).optional(),
    concurrency: z.number().int().positive().optional(),
    collectorTimeoutMs: z.number().int().positive().optional(),
    limits: z
      .object({
        maxItemsPerCollector: z.number().int().positive().optional(),
        maxItemsTotal: z.number().int().positive().optional(),
        maxTextLength: z.number().int().positive().optional(),
        maxAttributeLength: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    redaction: z
      .object({
        rules: z.array(redactionRuleConfigSchema).optional(),
        includeDefaultRules: z.boolean().optional(),
      })
      .strict()
      .optional(),
    budget: z.object({ wallTimeMs: z.number().int().positive().optional() }).strict().optional(),
  })
  .strict();

export type CliConfig = z.infer<typeof cliConfigSchema>;
export type CollectorConfig = z.infer<typeof collectorConfigSchema>;
