import { dirname, resolve } from 'node:path';
import { createFileLogCollector, createLokiLogCollector } from '@triagekit/collectors-logs';
import {
  type CollectorV1,
  createBundleCollectors,
  InvalidInputError,
  parseOrThrow,
  type RedactionRule,
  readIncidentBundle,
  type TriagePipelineOptions,
} from '@triagekit/core';
import { type CliConfig, cliConfigSchema } from './cli-config.js';
import { readJsonFile } from './read-json-file.js';

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

async function toCollectors(config: CliConfig, baseDirectory: string): Promise<CollectorV1[]> {
  const collectors: CollectorV1[] = [];
  for (const entry of config.collectors ?? []) {
    if (entry.type === 'bundle') {
      const bundle = await readIncidentBundle(resolve(baseDirectory, entry.path));
      collectors.push(...createBundleCollectors(bundle));
    } else if (entry.type === 'files') {
      collectors.push(
        createFileLogCollector({
          ...(entry.id === undefined ? {} : { collectorId: entry.id }),
          paths: entry.paths.map((path) => resolve(baseDirectory, path)),
          ...(entry.service === undefined ? {} : { service: entry.service }),
          ...(entry.maxLines === undefined ? {} : { maxLines: entry.maxLines }),
        }),
      );
    } else {
      collectors.push(
        createLokiLogCollector({
          ...(entry.id === undefined ? {} : { collectorId: entry.id }),
          baseUrl: entry.url,
          query: entry.query,
          ...(entry.headers === undefined ? {} : { headers: entry.headers }),
          ...(entry.pageLimit === undefined ? {} : { pageLimit: entry.pageLimit }),
          ...(entry.maxLines === undefined ? {} : { maxLines: entry.maxLines }),
          ...(entry.timeoutMs === undefined ? {} : { timeoutMs: entry.timeoutMs }),
        }),
      );
    }
  }
  return collectors;
}

/**
 * Reads a `--config` file (JSON), validates it (unknown keys are errors, so typos surface) and builds the
 * pipeline options. Without a path, returns the defaults. Throws `InvalidInputError` naming the field.
 */
export async function loadCliConfig(path: string | undefined): Promise<LoadedCliConfig> {
  if (path === undefined) return { config: {}, pipelineOptions: {} };
  const json = await readJsonFile(path, 'config file');
  const config = parseOrThrow(cliConfigSchema, json, `config file ${path}`);
  const collectors = await toCollectors(config, dirname(path));
  return {
    config,
    pipelineOptions: {
      collectors,
      window: config.window,
      concurrency: config.concurrency,
      collectorTimeoutMs: config.collectorTimeoutMs,
      limits: config.limits,
      redaction: { rules: toRules(config), includeDefaultRules: config.redaction?.includeDefaultRules },
      budget: config.budget,
    },
  };
}
