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
import { type LlmSource, resolveLlmSummary } from './llm/resolve-llm-summary.js';
import { readJsonFile } from './read-json-file.js';
import { createSinksFromConfig } from './sinks/sink-configs.js';

/** A config file turned into pipeline options. */
export interface LoadedCliConfig {
  readonly config: CliConfig;
  readonly pipelineOptions: TriagePipelineOptions;
  /** Lines for stderr (shown unless `--quiet`): which LLM writes the summary, or that there is none. */
  readonly notices: readonly string[];
}

/** Options of {@link loadCliConfig}. */
export interface LoadCliConfigOptions {
  /**
   * Where the summary's model may come from: `config` (default: the `llm` section only), `config-or-environment`
   * (else `OPENAI_API_KEY` / `ANTHROPIC_API_KEY`), or `off` (no summary, and the `llm` section is not read).
   */
  readonly llm?: LlmSource;
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
 * pipeline options, the LLM summary included when `options.llm` allows one. Without a path, the defaults
 * (plus an LLM from the environment with `config-or-environment`). Throws `InvalidInputError` naming the
 * field, also when the `llm` section's API key variable is not set.
 */
export async function loadCliConfig(
  path: string | undefined,
  environment: Readonly<Record<string, string | undefined>> = process.env,
  options: LoadCliConfigOptions = {},
): Promise<LoadedCliConfig> {
  const config: CliConfig =
    path === undefined
      ? {}
      : parseOrThrow(cliConfigSchema, await readJsonFile(path, 'config file'), `config file ${path}`);
  // Without a file there is no `llm.cacheDirectory` to resolve; the working directory stands in.
  const baseDirectory = path === undefined ? process.cwd() : dirname(path);
  const { summary, notice } = await resolveLlmSummary({
    llm: config.llm,
    source: options.llm ?? 'config',
    environment,
    baseDirectory,
  });
  const notices = notice === undefined ? [] : [notice];
  if (path === undefined) {
    return { config, pipelineOptions: summary === undefined ? {} : { summary }, notices };
  }
  const collectors = await toCollectors(config, { baseDirectory, environment });
  return {
    config,
    pipelineOptions: {
      collectors,
      sinks: createSinksFromConfig(config.sinks ?? [], environment, dirname(path)),
      window: config.window,
      concurrency: config.concurrency,
      collectorTimeoutMs: config.collectorTimeoutMs,
      limits: config.limits,
      redaction: { rules: toRules(config), includeDefaultRules: config.redaction?.includeDefaultRules },
      budget: config.budget,
      ...(summary === undefined ? {} : { summary }),
    },
    notices,
  };
}
