import { dirname } from 'node:path';
import {
  type CollectorV1,
  InvalidInputError,
  parseOrThrow,
  type RedactionRule,
  type TriagePipelineOptions,
} from '@triagekit/core';
import { type CliConfig, cliConfigSchema } from './cli-config.js';
import { COLLECTOR_CONFIGS } from './collectors/collector-configs.js';
import type {
  CollectorConfigContext,
  CollectorConfigDefinition,
} from './collectors/define-collector-config.js';
import { readJsonFile } from './read-json-file.js';
import { createSinksFromConfig } from './sinks/sink-configs.js';

/** A config file turned into pipeline options. */
export interface LoadedCliConfig {
  readonly config: CliConfig;
  readonly pipelineOptions: TriagePipelineOptions;
}

function toRules(config: CliConfig): RedactionRule[] {
  return (config.redaction?.rules ?? []).map((rule, index) => {
    try {
      return {
        id: rule.id,
        pattern: new RegExp(rule.pattern, `${(rule.flags ?? '').replace('g', '')}g`),
        ...(rule.replacement === undefined ? {} : { replacement: rule.replacement }),
      };
    } catch (error) {
      throw new InvalidInputError({
        source: 'config file',
        issues: [
          {
            path: `redaction.rules.${index}.pattern`,
            message: `is not a valid regular expression (${(error as Error).message})`,
          },
        ],
        cause: error,
      });
    }
  });
}

async function toCollectors(config: CliConfig, context: CollectorConfigContext): Promise<CollectorV1[]> {
  const collectors: CollectorV1[] = [];
  for (const entry of config.collectors ?? []) {
    const definition = COLLECTOR_CONFIGS[entry.type] as CollectorConfigDefinition;
    collectors.push(...(await definition.create(entry, context)));
  }
  return collectors;
}

/**
 * Reads a `--config` file (JSON), validates it (unknown keys are errors, so typos surface) and builds the
 * pipeline options. Without a path, returns the defaults. Throws `InvalidInputError` naming the field.
 */
export async function loadCliConfig(
  path: string | undefined,
  environment: Readonly<Record<string, string | undefined>> = process.env,
): Promise<LoadedCliConfig> {
  if (path === undefined) return { config: {}, pipelineOptions: {} };
  const json = await readJsonFile(path, 'config file');
  const config = parseOrThrow(cliConfigSchema, json, `config file ${path}`);
  const collectors = await toCollectors(config, { baseDirectory: dirname(path), environment });
  return {
    config,
    pipelineOptions: {
      collectors,
      sinks: createSinksFromConfig(config.sinks ?? [], environment),
      window: config.window,
      concurrency: config.concurrency,
      collectorTimeoutMs: config.collectorTimeoutMs,
      limits: config.limits,
      redaction: { rules: toRules(config), includeDefaultRules: config.redaction?.includeDefaultRules },
      budget: config.budget,
    },
  };
}
