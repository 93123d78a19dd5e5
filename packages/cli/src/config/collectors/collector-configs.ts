import { bundleCollectorConfig } from './bundle-collector-config.js';
import { cloudtrailCollectorConfig } from './cloudtrail-collector-config.js';
import { filesCollectorConfig } from './files-collector-config.js';
import { gitCollectorConfig } from './git-collector-config.js';
import { kubernetesCollectorConfig } from './kubernetes-collector-config.js';
import { lokiCollectorConfig } from './loki-collector-config.js';
import { prometheusCollectorConfig } from './prometheus-collector-config.js';

/** Every collector type the config file accepts, keyed by its `type`. */
export const COLLECTOR_CONFIGS = {
  bundle: bundleCollectorConfig,
  cloudtrail: cloudtrailCollectorConfig,
  files: filesCollectorConfig,
  git: gitCollectorConfig,
  kubernetes: kubernetesCollectorConfig,
  loki: lokiCollectorConfig,
  prometheus: prometheusCollectorConfig,
} as const;

/** The schemas, for the config file's discriminated union. */
export const COLLECTOR_CONFIG_SCHEMAS = [
  bundleCollectorConfig.schema,
  cloudtrailCollectorConfig.schema,
  filesCollectorConfig.schema,
  gitCollectorConfig.schema,
  kubernetesCollectorConfig.schema,
  lokiCollectorConfig.schema,
  prometheusCollectorConfig.schema,
] as const;
