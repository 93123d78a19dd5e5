import { z } from 'zod';
import { COLLECTOR_CONFIG_SCHEMAS } from './collectors/collector-configs.js';
import { llmConfigSchema } from './llm/llm-config-schema.js';
import { sinkConfigSchema } from './sinks/sink-configs.js';

/** One collector entry of the config file. */
export const collectorConfigSchema = z.discriminatedUnion('type', COLLECTOR_CONFIG_SCHEMAS);

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
    /** Where finished reports are delivered besides the report files: Slack, PagerDuty notes. */
    sinks: z.array(sinkConfigSchema).optional(),
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
    /** The model that writes a cited summary on top of the report; see `llmConfigSchema`. */
    llm: llmConfigSchema.optional(),
    /** Per-run limits. Token and dollar limits are checked before each LLM call; 0 forbids calls. */
    budget: z
      .object({
        wallTimeMs: z.number().int().positive().optional(),
        promptTokens: z.number().int().nonnegative().optional(),
        outputTokens: z.number().int().nonnegative().optional(),
        costUsd: z.number().nonnegative().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export type CliConfig = z.infer<typeof cliConfigSchema>;
export type CollectorConfig = z.infer<typeof collectorConfigSchema>;
